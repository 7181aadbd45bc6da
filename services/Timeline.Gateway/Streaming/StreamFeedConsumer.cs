using System.Text.Json;
using MassTransit;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Timeline.Contracts;
using Timeline.ServiceDefaults;

namespace Timeline.Gateway.Streaming;

/// <summary>Puts every timeline change this instance receives on its live stream.</summary>
public sealed partial class StreamFeedConsumer(StreamHub hub, IOptions<JsonOptions> json, ILogger<StreamFeedConsumer> log) :
    IConsumer<TimelineEventCreated>,
    IConsumer<TimelineEventUpdated>,
    IConsumer<TimelineEventsMerged>,
    IConsumer<TimelineEventRetired>
{
    /// <summary>SSE event name of a created event.</summary>
    public const string Created = "created";
    /// <summary>SSE event name of an updated event.</summary>
    public const string Updated = "updated";
    /// <summary>SSE event name of a merge.</summary>
    public const string Merged = "merged";
    /// <summary>SSE event name of a retired event.</summary>
    public const string Retired = "retired";

    /// <inheritdoc />
    public Task Consume(ConsumeContext<TimelineEventCreated> context) => Feed(context, Created, context.Message.Event.Id);

    /// <inheritdoc />
    public Task Consume(ConsumeContext<TimelineEventUpdated> context) => Feed(context, Updated, context.Message.Event.Id);

    /// <inheritdoc />
    public Task Consume(ConsumeContext<TimelineEventsMerged> context) => Feed(context, Merged, context.Message.Event.Id);

    /// <inheritdoc />
    public Task Consume(ConsumeContext<TimelineEventRetired> context) => Feed(context, Retired, context.Message.EventId);

    private Task Feed<T>(ConsumeContext<T> context, string kind, string eventId)
        where T : class
    {
        var message = context.Message;
        // The received body's size stands for the message until (unless) a client needs its JSON.
        var estimate = (int)Math.Min(int.MaxValue, context.ReceiveContext.Body.Length ?? 0);
        using var activity = TimelineTelemetry.Gateway.StartActivity("gateway.stream.publish");
        var options = json.Value.SerializerOptions;
        var published = hub.Publish(kind, () => JsonSerializer.Serialize(message, options), estimate);
        activity?.SetTag("timeline.stream.kind", kind);
        activity?.SetTag("timeline.stream.sequence", published.Sequence);
        activity?.SetTag("timeline.event.id", eventId);
        LogFed(log, kind, eventId, published.Sequence);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stream {Kind} {EventId} as sequence {Sequence}")]
    private static partial void LogFed(ILogger logger, string kind, string eventId, long sequence);
}
