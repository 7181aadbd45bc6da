namespace Timeline.Contracts;

/// <summary>Published by the timeline service when a new canonical event appears.</summary>
public sealed record TimelineEventCreated
{
    /// <summary>The event as created (version 1), with counts and a bounded sample of its mentions.</summary>
    public required TimelineEvent Event { get; init; }
}

/// <summary>Published by the timeline service when an event changes; carries the bounded event and which mentions came and went.</summary>
public sealed record TimelineEventUpdated
{
    /// <summary>The event after the change, with counts and a bounded sample of its mentions.</summary>
    public required TimelineEvent Event { get; init; }

    /// <summary>What changed, in words, e.g. ["mention added", "status planned → occurred"].</summary>
    public required IReadOnlyList<string> Changes { get; init; }

    /// <summary>Ids of the mentions this change added (one article's mentions); read them at GET /api/v1/events/{id}/mentions.</summary>
    public IReadOnlyList<string> AddedMentionIds { get; init; } = [];

    /// <summary>Ids of the mentions this change removed (an article reprocessed).</summary>
    public IReadOnlyList<string> RemovedMentionIds { get; init; } = [];
}

/// <summary>Published when new evidence shows several events are one: the survivor keeps its id, the others redirect to it.</summary>
public sealed record TimelineEventsMerged
{
    /// <summary>The surviving event after the merge, with counts and a bounded sample of its mentions.</summary>
    public required TimelineEvent Event { get; init; }

    /// <summary>Ids that now redirect to <see cref="TimelineEvent.Id"/>; their mentions now support it.</summary>
    public required IReadOnlyList<string> RetiredIds { get; init; }

    /// <summary>Ids of the mentions of the article that brought the merge (the retired events' mentions are not listed).</summary>
    public IReadOnlyList<string> AddedMentionIds { get; init; } = [];
}

/// <summary>Published when an event loses its last supporting mention (e.g. after reprocessing) and leaves the timeline.</summary>
public sealed record TimelineEventRetired
{
    /// <summary>Id of the retired event.</summary>
    public required string EventId { get; init; }

    /// <summary>The version at which it was retired.</summary>
    public required long Version { get; init; }

    /// <summary>Why, e.g. "no supporting mentions after reprocessing".</summary>
    public required string Reason { get; init; }
}
