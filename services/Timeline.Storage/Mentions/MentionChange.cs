using Timeline.Contracts;

namespace Timeline.Storage;

/// <summary>
/// How one write of a commit changes the event's stored mentions, and the aggregates it leaves. A write without one
/// takes the event's <see cref="TimelineEvent.Mentions"/> as its whole set of mentions (a small event written whole).
/// </summary>
public sealed record MentionChange
{
    /// <summary>Mentions that now support the event; each must belong to no other live event after the commit.</summary>
    public IReadOnlyList<Mention> Added { get; init; } = [];

    /// <summary>Articles whose mentions leave the event (an article reprocessed); applied before any addition of the commit.</summary>
    public IReadOnlyList<string> RemovedArticleIds { get; init; } = [];

    /// <summary>Events (retired by the same commit) whose remaining mentions move to this one.</summary>
    public IReadOnlyList<string> AbsorbedEventIds { get; init; } = [];

    /// <summary>The event's aggregates after the change, kept with it so the next merge need not read its mentions.</summary>
    public EventTally? Tally { get; init; }
}

/// <summary>One page of an event's mentions, in report order (publication time, then mention id).</summary>
/// <param name="Items">The mentions.</param>
/// <param name="NextCursor">Cursor of the next page; null on the last.</param>
public sealed record MentionPage(IReadOnlyList<Mention> Items, string? NextCursor);
