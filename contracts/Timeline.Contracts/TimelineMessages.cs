namespace Timeline.Contracts;

/// <summary>Published by the timeline service when a new canonical event appears.</summary>
public sealed record TimelineEventCreated
{
    /// <summary>The full event as created (version 1, or higher if created by a split).</summary>
    public required TimelineEvent Event { get; init; }
}

/// <summary>Published by the timeline service when an event changes; carries the full current event.</summary>
public sealed record TimelineEventUpdated
{
    /// <summary>The full event after the change.</summary>
    public required TimelineEvent Event { get; init; }

    /// <summary>What changed, in words, e.g. ["mention added", "status planned → occurred"].</summary>
    public required IReadOnlyList<string> Changes { get; init; }
}

/// <summary>Published when new evidence shows several events are one: the survivor keeps its id, the others redirect to it.</summary>
public sealed record TimelineEventsMerged
{
    /// <summary>The surviving event after the merge.</summary>
    public required TimelineEvent Event { get; init; }

    /// <summary>Ids that now redirect to <see cref="TimelineEvent.Id"/>.</summary>
    public required IReadOnlyList<string> RetiredIds { get; init; }
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
