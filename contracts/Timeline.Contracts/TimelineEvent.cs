namespace Timeline.Contracts;

/// <summary>A canonical timeline event: one happening, merged from every article that reports it.</summary>
public sealed record TimelineEvent
{
    /// <summary>Stable id ("evt_" + 26 characters); kept for the life of the event.</summary>
    public required string Id { get; init; }

    /// <summary>Increases by one on every change; subscribers apply messages in version order.</summary>
    public required long Version { get; init; }

    /// <summary>Event type, one of <see cref="EventTypes"/>.</summary>
    public required string Type { get; init; }

    /// <summary>One of "planned", "occurred", "denied" (see <see cref="Modalities"/>), or "retired" once no mention supports it.</summary>
    public required string Status { get; init; }

    /// <summary>Best-supported date, or null when no mention could be dated.</summary>
    public EventDate? Date { get; init; }

    /// <summary>Set when mentions disagree about the date: the other dates reported, e.g. "2023-10-18 (1 mention)".</summary>
    public IReadOnlyList<string> DateDisagreements { get; init; } = [];

    /// <summary>People, offices and states taking part.</summary>
    public required IReadOnlyList<Participant> Participants { get; init; }

    /// <summary>ISO 3166-1 alpha-2 codes of the states involved.</summary>
    public required IReadOnlyList<string> Countries { get; init; }

    /// <summary>Canonical English place name, when known.</summary>
    public string? Location { get; init; }

    /// <summary>Short English summary.</summary>
    public required string Summary { get; init; }

    /// <summary>Publication (or acceptance) time of the earliest supporting article.</summary>
    public required DateTimeOffset FirstReportedAt { get; init; }

    /// <summary>Publication (or acceptance) time of the latest supporting article.</summary>
    public required DateTimeOffset LastReportedAt { get; init; }

    /// <summary>Number of distinct outlets among the mentions.</summary>
    public required int SourceCount { get; init; }

    /// <summary>Number of distinct articles among the mentions.</summary>
    public required int ArticleCount { get; init; }

    /// <summary>
    /// A bounded sample of the mentions supporting the event (at most 8): the earliest report, the one the summary
    /// comes from, the most recent, then one per other outlet. Every mention: GET /api/v1/events/{id}/mentions.
    /// </summary>
    public required IReadOnlyList<Mention> Mentions { get; init; }

    /// <summary>How many mentions support the event (the sample in <see cref="Mentions"/> holds at most 8); 0 in events stored before it was kept, whose Mentions list is complete.</summary>
    public int MentionCount { get; init; }

    /// <summary>What changed and when, oldest first: the latest 20 changes (see <see cref="HistoryCount"/>).</summary>
    public IReadOnlyList<HistoryEntry> History { get; init; } = [];

    /// <summary>How many changes the event has had in all; 0 in events stored before it was kept, whose History list is complete.</summary>
    public int HistoryCount { get; init; }

    /// <summary>For a retired id: the id of the event it was merged into.</summary>
    public string? MergedInto { get; init; }
}

/// <summary>A person, office or state taking part in an event.</summary>
/// <param name="ActorId">Gazetteer id (Wikidata QID where one exists, e.g. "Q7747" for Putin; "KP" style codes for states).</param>
/// <param name="Name">Canonical English name.</param>
/// <param name="Role">One of <see cref="ParticipantRoles"/>.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the actor's state, when known.</param>
public sealed record Participant(string ActorId, string Name, string Role, string? Country = null);

/// <summary>One article's report of an event, with its evidence.</summary>
public sealed record Mention
{
    /// <summary>Id of the mention (see <see cref="ExtractedEvent.MentionId"/>).</summary>
    public required string MentionId { get; init; }

    /// <summary>The article it comes from.</summary>
    public required string ArticleId { get; init; }

    /// <summary>Outlet of the article.</summary>
    public required string Source { get; init; }

    /// <summary>URL of the article, when known.</summary>
    public string? Url { get; init; }

    /// <summary>The quoted sentence.</summary>
    public required string Sentence { get; init; }

    /// <summary>Start offset of the sentence in the article body.</summary>
    public required int Start { get; init; }

    /// <summary>End offset (exclusive) of the sentence in the article body.</summary>
    public required int End { get; init; }

    /// <summary>The date this mention gives, if any.</summary>
    public EventDate? ExtractedDate { get; init; }

    /// <summary>How that date was derived (<see cref="DateDerivations"/>).</summary>
    public required string DateDerivation { get; init; }

    /// <summary>The mention's modality (<see cref="Modalities"/>).</summary>
    public required string Modality { get; init; }

    /// <summary>Extractor confidence between 0 and 1.</summary>
    public required double Confidence { get; init; }

    /// <summary>Publication time of the article, when known.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The one-line summary the extractor wrote for this mention, when given.</summary>
    public string? Summary { get; init; }

    /// <summary>Participants as this mention names them (lets the event be recomputed when other mentions go away).</summary>
    public IReadOnlyList<Participant> Participants { get; init; } = [];

    /// <summary>Countries this mention names.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Place this mention names, when stated.</summary>
    public string? Location { get; init; }

    /// <summary>The mention's sub-type (see <see cref="ExtractedEvent.Subtype"/>), e.g. "ratification"; null when none applies or for mentions stored before it was kept.</summary>
    public string? Subtype { get; init; }
}

/// <summary>One change in an event's life.</summary>
/// <param name="At">When the change was made.</param>
/// <param name="Change">What changed, e.g. "created", "mention added", "date refined 2023-10 → 2023-10-19", "merged evt_…".</param>
/// <param name="FromVersion">The version the change was applied to (0 for creation).</param>
public sealed record HistoryEntry(DateTimeOffset At, string Change, long FromVersion);
