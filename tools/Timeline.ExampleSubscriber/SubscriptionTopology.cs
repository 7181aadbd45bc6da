namespace Timeline.ExampleSubscriber;

/// <summary>Where the timeline service publishes: one fanout exchange per message type, named "namespace:TypeName" by MassTransit.</summary>
public static class SubscriptionTopology
{
    /// <summary>A new canonical event.</summary>
    public const string Created = "Timeline.Contracts:TimelineEventCreated";

    /// <summary>An event changed (carries the full event and what changed).</summary>
    public const string Updated = "Timeline.Contracts:TimelineEventUpdated";

    /// <summary>Events merged into a survivor (carries the survivor and the retired ids).</summary>
    public const string Merged = "Timeline.Contracts:TimelineEventsMerged";

    /// <summary>An event left the timeline for lack of supporting mentions.</summary>
    public const string Retired = "Timeline.Contracts:TimelineEventRetired";

    /// <summary>Every exchange a full subscriber binds its queue to.</summary>
    public static readonly IReadOnlyList<string> All = [Created, Updated, Merged, Retired];
}
