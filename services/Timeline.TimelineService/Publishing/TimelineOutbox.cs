using Timeline.Contracts;
using Timeline.ServiceDefaults.Outbox;
using Timeline.Storage.Outbox;
using Timeline.TimelineService.Merging;

namespace Timeline.TimelineService.Publishing;

/// <summary>The timeline's messages for subscribers as outbox rows: written with the merge they announce, published after it.</summary>
public static class TimelineOutbox
{
    /// <summary>The stream the timeline service publishes, and the messages it carries.</summary>
    public static readonly OutboxStream Stream = new(
        "timeline", typeof(TimelineEventCreated), typeof(TimelineEventUpdated), typeof(TimelineEventsMerged), typeof(TimelineEventRetired));

    /// <summary>One row per message of <paramref name="outcome"/>, in the order subscribers should see them, tied to the current trace.</summary>
    public static IReadOnlyList<OutboxMessage> For(MergeOutcome outcome, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return
        [
            .. outcome.Created.Select(m => Stream.Message(m, now)),
            .. outcome.Updated.Select(m => Stream.Message(m, now)),
            .. outcome.Merged.Select(m => Stream.Message(m, now)),
            .. outcome.Retired.Select(m => Stream.Message(m, now)),
        ];
    }
}
