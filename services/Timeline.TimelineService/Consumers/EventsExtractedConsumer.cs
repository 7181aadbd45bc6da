using System.Diagnostics;
using System.Diagnostics.Metrics;
using MassTransit;
using Microsoft.Extensions.Logging;
using Timeline.Contracts;
using Timeline.ServiceDefaults;
using Timeline.TimelineService.Merging;

namespace Timeline.TimelineService.Consumers;

/// <summary>Applies one article's extracted mentions to the timeline and tells subscribers what changed.</summary>
public sealed class EventsExtractedConsumer(EventMerger merger, ILogger<EventsExtractedConsumer> log) : IConsumer<EventsExtracted>
{
    private static readonly Histogram<double> Latency = TimelineTelemetry.Meter.CreateHistogram<double>(
        "timeline.consumer.duration", "s", "Time to apply one EventsExtracted message, publishing included.");

    /// <inheritdoc />
    public async Task Consume(ConsumeContext<EventsExtracted> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = Stopwatch.GetTimestamp();
        var message = context.Message;
        using var scope = log.BeginScope(new Dictionary<string, object> { ["ArticleId"] = message.ArticleId });
        var outcome = await merger.ApplyAsync(message, context.CancellationToken);

        // Publishing after the commit: a subscriber never hears of a change the store does not hold.
        foreach (var created in outcome.Created)
        {
            await context.Publish(created, context.CancellationToken);
        }
        foreach (var updated in outcome.Updated)
        {
            await context.Publish(updated, context.CancellationToken);
        }
        foreach (var merged in outcome.Merged)
        {
            await context.Publish(merged, context.CancellationToken);
        }
        foreach (var retired in outcome.Retired)
        {
            await context.Publish(retired, context.CancellationToken);
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
        // Publishes leave only when the consume succeeds, so a failed attempt announces nothing.
        endpointConfigurator.UseInMemoryOutbox(context);
    }
}
