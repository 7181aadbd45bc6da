namespace Timeline.Contracts;

/// <summary>Published by the extraction worker: every event mention it found in one article (possibly none).</summary>
public sealed record EventsExtracted
{
    /// <summary>The article the mentions come from.</summary>
    public required string ArticleId { get; init; }

    /// <summary>Outlet of the article.</summary>
    public required string Source { get; init; }

    /// <summary>URL of the article, when known.</summary>
    public string? Url { get; init; }

    /// <summary>Publication time of the article, when known.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Version of the extractor and its data files, e.g. "1.0.0+gazetteer.3"; a newer run replaces an older one.</summary>
    public required string ExtractorVersion { get; init; }

    /// <summary>When extraction ran; for one article the latest run wins.</summary>
    public required DateTimeOffset ExtractedAt { get; init; }

    /// <summary>The mentions, in text order. Empty when the article states no Russia–North Korea event.</summary>
    public required IReadOnlyList<ExtractedEvent> Events { get; init; }
}

/// <summary>One event as one article states it: a mention, before cross-article merging.</summary>
public sealed record ExtractedEvent
{
    /// <summary>Deterministic id of the mention: the same article and sentence span always give the same id.</summary>
    public required string MentionId { get; init; }

    /// <summary>Event type, one of <see cref="EventTypes"/>.</summary>
    public required string Type { get; init; }

    /// <summary>Sub-type for finer distinctions, e.g. "phone_call", "ratification", "arms_transfer"; null when none applies.</summary>
    public string? Subtype { get; init; }

    /// <summary>One of <see cref="Modalities"/>: occurred, planned, denied, hypothetical.</summary>
    public required string Modality { get; init; }

    /// <summary>The resolved date, or null when the article gives no way to date the event.</summary>
    public EventDate? Date { get; init; }

    /// <summary>How the date was obtained, one of <see cref="DateDerivations"/>.</summary>
    public required string DateDerivation { get; init; }

    /// <summary>Set when the text contradicts itself about the date (e.g. weekday and day disagree); explains how.</summary>
    public string? DateConflict { get; init; }

    /// <summary>People, offices and states taking part, each with a role.</summary>
    public required IReadOnlyList<Participant> Participants { get; init; }

    /// <summary>ISO 3166-1 alpha-2 codes of the states involved, most central first.</summary>
    public required IReadOnlyList<string> Countries { get; init; }

    /// <summary>Canonical English place name where the event happened, when stated.</summary>
    public string? Location { get; init; }

    /// <summary>A one-line English summary generated from the structured fields.</summary>
    public required string Summary { get; init; }

    /// <summary>The sentence stating the event and where it stands in the article body.</summary>
    public required Evidence Evidence { get; init; }

    /// <summary>Extractor confidence between 0 and 1.</summary>
    public required double Confidence { get; init; }
}

/// <summary>A quoted sentence and its character offsets (UTF-16, end exclusive) in <see cref="ArticleAccepted.Body"/>.</summary>
public sealed record Evidence(string Sentence, int Start, int End);
