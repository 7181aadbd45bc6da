using System.Diagnostics;
using System.Text.Json;
using Timeline.Contracts;
using Timeline.Storage.Outbox;
using Timeline.TimelineService.Merging;

namespace Timeline.TimelineService.Publishing;

/// <summary>The timeline's messages for subscribers as outbox rows: written with the merge they announce, published after it.</summary>
public static class TimelineOutbox
{
    /// <summary>The outbox stream the timeline service publishes.</summary>
    public const string Stream = "timeline";

    /// <summary>Same shape MassTransit gives the contracts on the wire (camelCase).</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The message types this stream carries, by name.</summary>
    public static readonly IReadOnlyDictionary<string, Type> MessageTypes = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [nameof(TimelineEventCreated)] = typeof(TimelineEventCreated),
        [nameof(TimelineEventUpdated)] = typeof(TimelineEventUpdated),
        [nameof(TimelineEventsMerged)] = typeof(TimelineEventsMerged),
        [nameof(TimelineEventRetired)] = typeof(TimelineEventRetired),
    };

    /// <summary>One row per message of <paramref name="outcome"/>, in the order subscribers should see them, tied to the current trace.</summary>
    public static IReadOnlyList<OutboxMessage> For(MergeOutcome outcome, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var trace = Activity.Current?.Id;
        var messages = new List<OutboxMessage>();
        void Add<T>(IEnumerable<T> items)
            where T : class
        {
            foreach (var item in items)
            {
                messages.Add(OutboxMessage.Create(Stream, typeof(T).Name, JsonSerializer.Serialize(item, Json), trace, now));
            }
        }
        Add(outcome.Created);
        Add(outcome.Updated);
        Add(outcome.Merged);
        Add(outcome.Retired);
        return messages;
    }

    /// <summary>The message a row holds, and its contract type.</summary>
    public static (object Message, Type Type) Read(OutboxMessage row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!MessageTypes.TryGetValue(row.MessageType, out var type))
        {
            throw new InvalidDataException($"Outbox message {row.Id} has unknown type \"{row.MessageType}\".");
        }
        return (JsonSerializer.Deserialize(row.Payload, type, Json) ?? throw new InvalidDataException($"Outbox message {row.Id} is empty."), type);
    }
}
