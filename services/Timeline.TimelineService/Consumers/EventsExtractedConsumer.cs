using System.Diagnostics;
using System.Diagnostics.Metrics;
using MassTransit;
using Microsoft.Extensions.Logging;
using Timeline.Contracts;
using Timeline.ServiceDefaults;
using Timeline.TimelineService.Merging;
using Timeline.ServiceDefaults.Outbox;

namespace Timeline.TimelineService.Consumers;

/// <summary>Applies one article's extracted mentions to the timeline; the messages telling subscribers what changed are committed with it.</summary>
public sealed class EventsExtractedConsumer(EventMerger merger, OutboxSignal outbox, ILogger<EventsExtractedConsumer> log) : IConsumer<EventsExtracted>
{
    private static readonly Histogram<double> Latency = TimelineTelemetry.Meter.CreateHistogram<double>(
        "timeline.consumer.duration", "s", "Time to apply one EventsExtracted message.");

    /// <inheritdoc />
    public async Task Consume(ConsumeContext<EventsExtracted> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = Stopwatch.GetTimestamp();
        var message = context.Message;
        using var scope = log.BeginScope(new Dictionary<string, object> { ["ArticleId"] = message.ArticleId });
        var outcome = await merger.ApplyAsync(message, context.CancellationToken);
        if (outcome.Created.Count + outcome.Updated.Count + outcome.Merged.Count + outcome.Retired.Count > 0)
        {
            // Stored with the commit; the dispatcher publishes them now rather than at its next poll.
            outbox.Notify();
        }
        Latency.Record(
            Stopwatch.GetElapsedTime(started).TotalSeconds,
            new KeyValuePair<string, object?>("consumer", nameof(EventsExtractedConsumer)),
            new KeyValuePair<string, object?>("disposition", outcome.Disposition.ToString().ToLowerInvariant()));
    }
}

/// <summary>Retry policy of <see cref="EventsExtractedConsumer"/>: conflicts retried quickly, other failures with backoff, then the error queue.</summary>
public sealed class EventsExtractedConsumerDefinition : ConsumerDefinition<EventsExtractedConsumer>
{
    /// <summary>Names the queue "timeline-events-extracted" and bounds concurrency per instance.</summary>
    public EventsExtractedConsumerDefinition()
    {
        EndpointName = "timeline-events-extracted";
        ConcurrentMessageLimit = 8;
    }

    /// <inheritdoc />
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<EventsExtractedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(endpointConfigurator);
        // Lost optimistic races are normal with competing instances: retry them soon and often.
        endpointConfigurator.UseMessageRetry(r =>
        {
            r.Handle<MergeConflictException>();
            r.Intervals(10, 50, 100, 250, 500, 1000);
        });
        // Anything else (store unreachable, a bug) gets a few spaced retries, then the error queue with the exception.
        endpointConfigurator.UseMessageRetry(r =>
        {
            r.Ignore<ArgumentException>();
            r.Ignore<MergeConflictException>();
            r.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200));
        });
    }
}
