using Timeline.Contracts;

namespace Timeline.Storage;

/// <summary>The events collection, owned by the timeline service (writes) and read by the gateway.</summary>
public interface IEventStore
{
    // ---- read side (gateway) ----

    /// <summary>The event with this id (a retired id comes back with <see cref="TimelineEvent.MergedInto"/> set), or null.</summary>
    Task<TimelineEvent?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Events matching the query, ordered by date start (undated last) then id, one page at a time; an invalid cursor throws <see cref="ArgumentException"/>.</summary>
    Task<EventPage> QueryAsync(EventQuery query, CancellationToken cancellationToken);

    /// <summary>Number of events per month and type among those matching the query (its paging is ignored).</summary>
    Task<IReadOnlyList<MonthTypeCount>> CountByMonthAndTypeAsync(EventQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// One page of the mentions supporting a live event, in report order (publication time, unknown last, then mention id);
    /// empty for an unknown or retired id. A cursor this store did not issue throws <see cref="ArgumentException"/>, a
    /// limit outside 1..<see cref="MentionSample.MaxPageSize"/> <see cref="ArgumentOutOfRangeException"/>.
    /// </summary>
    Task<MentionPage> GetMentionsAsync(string eventId, string? cursor, int limit, CancellationToken cancellationToken);

    // ---- write side (timeline service) ----

    /// <summary>Live events of <paramref name="type"/> whose date range overlaps [from, to], plus undated ones when <paramref name="includeUndated"/>.</summary>
    Task<IReadOnlyList<TimelineEvent>> FindCandidatesAsync(string type, DateOnly from, DateOnly to, bool includeUndated, CancellationToken cancellationToken);

    /// <summary>
    /// The candidates of <see cref="FindCandidatesAsync(string, DateOnly, DateOnly, bool, CancellationToken)"/> whose actor ids
    /// (their participants' ids, distinct, in ordinal order) <paramref name="acceptActors"/> accepts. An adapter may test the
    /// ids from an index column before reading the document; this default filters the full result.
    /// </summary>
    async Task<IReadOnlyList<TimelineEvent>> FindCandidatesAsync(string type, DateOnly from, DateOnly to, bool includeUndated, Func<IReadOnlyList<string>, bool> acceptActors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(acceptActors);
        var candidates = await FindCandidatesAsync(type, from, to, includeUndated, cancellationToken);
        return [.. candidates.Where(e => acceptActors(EventIndexFields.ActorIdsOf(e)))];
    }

    /// <summary>The aggregates stored with each of these events (see <see cref="MentionChange.Tally"/>); an event written without one is absent.</summary>
    Task<IReadOnlyDictionary<string, EventTally>> GetTalliesAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken);

    /// <summary>Live events holding at least one mention from the article.</summary>
    Task<IReadOnlyList<TimelineEvent>> FindByArticleAsync(string articleId, CancellationToken cancellationToken);

    /// <summary>Inserts a new event; false when the id exists or one of its mention ids already belongs to another live event.</summary>
    Task<bool> TryInsertAsync(TimelineEvent timelineEvent, CancellationToken cancellationToken);

    /// <summary>Replaces the event if its stored version is still <paramref name="expectedVersion"/>; false on a concurrent change.</summary>
    Task<bool> TryReplaceAsync(TimelineEvent timelineEvent, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>The extraction run last applied for an article, or null.</summary>
    Task<AppliedExtraction?> GetAppliedExtractionAsync(string articleId, CancellationToken cancellationToken);

    /// <summary>Records the run applied for an article if <paramref name="expectedPrevious"/> is still the stored one (null: none stored); false otherwise.</summary>
    Task<bool> TrySetAppliedExtractionAsync(AppliedExtraction applied, AppliedExtraction? expectedPrevious, CancellationToken cancellationToken);

    /// <summary>Current versions of merge fences (0 for a fence never bumped); read before a candidate search, checked by <see cref="TryCommitAsync"/>.</summary>
    Task<IReadOnlyDictionary<string, long>> GetFencesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Applies every part of <paramref name="commit"/> atomically, or nothing (returns false) when any expectation no longer holds.</summary>
    Task<bool> TryCommitAsync(EventCommit commit, CancellationToken cancellationToken);
}

/// <summary>
/// One atomic change of the events collection: inserts, version-checked replacements, fence bumps, the applied-extraction marker and the messages announcing it.
/// Fences close the gap optimistic versions leave open: two writers that each found no candidate would otherwise both insert.
/// </summary>
public sealed record EventCommit
{
    /// <summary>New events; the commit fails if an id exists or a mention id already belongs to another live event.</summary>
    public IReadOnlyList<TimelineEvent> Inserts { get; init; } = [];

    /// <summary>Replacements, each applied only if the stored version is still the expected one.</summary>
    public IReadOnlyList<EventReplacement> Replacements { get; init; } = [];

    /// <summary>Fence versions read before the decision (key → version); each must be unchanged and is bumped by one.</summary>
    public IReadOnlyDictionary<string, long> Fences { get; init; } = new Dictionary<string, long>();

    /// <summary>When set, the applied-extraction marker to store (with <see cref="ExpectedApplied"/> compare-and-set).</summary>
    public AppliedExtraction? Applied { get; init; }

    /// <summary>The marker expected to be stored now when <see cref="Applied"/> is set (null: none).</summary>
    public AppliedExtraction? ExpectedApplied { get; init; }

    /// <summary>Messages announcing the change, stored with it and published afterwards by the outbox dispatcher.</summary>
    public IReadOnlyList<Outbox.OutboxMessage> Messages { get; init; } = [];

    /// <summary>
    /// Mention changes by event id, for writes whose event carries only a sample of its mentions. A written event with
    /// no entry here has its <see cref="TimelineEvent.Mentions"/> taken as its whole set (stored rows follow by difference).
    /// </summary>
    public IReadOnlyDictionary<string, MentionChange> MentionChanges { get; init; } = new Dictionary<string, MentionChange>();

    /// <summary>True when the commit changes nothing.</summary>
    public bool IsEmpty => Inserts.Count == 0 && Replacements.Count == 0 && Fences.Count == 0 && Applied is null && Messages.Count == 0;

    /// <summary>Throws <see cref="ArgumentException"/> when the commit is malformed; both adapters call it first.</summary>
    public void Validate()
    {
        foreach (var r in Replacements)
        {
            if (r.Event.Version <= r.ExpectedVersion)
            {
                throw new ArgumentException($"Event {r.Event.Id}: the new version must exceed the expected one.", "commit");
            }
            if (r.Replaced is { } replaced && (replaced.Id != r.Event.Id || replaced.Version != r.ExpectedVersion))
            {
                throw new ArgumentException($"Event {r.Event.Id}: the replaced state must be the expected version of the same event.", "commit");
            }
        }
        var written = Replacements.Select(r => r.Event.Id).Concat(Inserts.Select(e => e.Id)).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, change) in MentionChanges)
        {
            if (!written.Contains(id))
            {
                throw new ArgumentException($"Mention changes for {id}, which the commit does not write.", "commit");
            }
            if (change.AbsorbedEventIds.Any(a => !written.Contains(a) || a == id))
            {
                throw new ArgumentException($"Event {id} absorbs an event the commit does not retire.", "commit");
            }
        }
        if (Applied is null && ExpectedApplied is not null)
        {
            throw new ArgumentException("ExpectedApplied needs Applied.", "commit");
        }
        if (ExpectedApplied is { } expected && !string.Equals(expected.ArticleId, Applied!.ArticleId, StringComparison.Ordinal))
        {
            // A marker is replaced in place, keyed by its article: it cannot move to another one.
            throw new ArgumentException("Applied and expected markers are for different articles.", "commit");
        }
    }
}

/// <summary>A replacement of one event, valid only while the stored version equals <paramref name="ExpectedVersion"/>.</summary>
/// <param name="Event">The new state (its version must be greater than <paramref name="ExpectedVersion"/>).</param>
/// <param name="ExpectedVersion">The version the change was computed from.</param>
public sealed record EventReplacement(TimelineEvent Event, long ExpectedVersion)
{
    /// <summary>
    /// The stored state being replaced (version <see cref="ExpectedVersion"/>), when the caller has read it: an adapter
    /// then derives what changed from it instead of reading it again. Null lets the adapter read it.
    /// </summary>
    public TimelineEvent? Replaced { get; init; }
}

/// <summary>Which extraction run of an article the timeline reflects; used to ignore redelivered and stale messages.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="ExtractedAt">Time of the applied run.</param>
/// <param name="Fingerprint">Hash of the applied mentions, so a byte-identical redelivery is recognised.</param>
public sealed record AppliedExtraction(string ArticleId, DateTimeOffset ExtractedAt, string Fingerprint);

/// <summary>Filters, ordering and paging for <see cref="IEventStore.QueryAsync"/>. Null or empty filters match everything.</summary>
public sealed record EventQuery
{
    /// <summary>Earliest event date (inclusive): events whose date range ends on or after it.</summary>
    public DateOnly? From { get; init; }
    /// <summary>Latest event date (inclusive): events whose date range starts on or before it.</summary>
    public DateOnly? To { get; init; }
    /// <summary>Every one of these actor ids must take part (one id: that actor; two: the pair).</summary>
    public IReadOnlyList<string> ActorIds { get; init; } = [];
    /// <summary>Every one of these country codes must be involved.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];
    /// <summary>Any of these types.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];
    /// <summary>Any of these statuses; empty means every status except "retired".</summary>
    public IReadOnlyList<string> Statuses { get; init; } = [];
    /// <summary>Location, compared case-insensitively.</summary>
    public string? Location { get; init; }
    /// <summary>At least this many distinct sources.</summary>
    public int? MinSources { get; init; }
    /// <summary>Free text over summaries and evidence, matched on normalised text (Arabic spelling variants match).</summary>
    public string? Text { get; init; }
    /// <summary>Answer as the timeline stood at this moment (each event's latest version recorded at or before it).</summary>
    public DateTimeOffset? AsOf { get; init; }
    /// <summary>Newest first when true.</summary>
    public bool Descending { get; init; }
    /// <summary>Opaque cursor from the previous page's <see cref="EventPage.NextCursor"/>.</summary>
    public string? Cursor { get; init; }
    /// <summary>Page size.</summary>
    public int Limit { get; init; } = 50;
}

/// <summary>One page of events.</summary>
/// <param name="Items">The events, in order.</param>
/// <param name="NextCursor">Cursor for the next page, null on the last.</param>
public sealed record EventPage(IReadOnlyList<TimelineEvent> Items, string? NextCursor);

/// <summary>How many events of a type fall in a month ("YYYY-MM"; "undated" for none).</summary>
public sealed record MonthTypeCount(string Month, string Type, int Count);
