using System.Diagnostics;
using System.Diagnostics.Metrics;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Timeline.Contracts;
using Timeline.Extraction.Extraction;
using Timeline.ServiceDefaults;

namespace Timeline.Extraction.Consumers;

/// <summary>Extracts the event mentions of an accepted article and publishes them, even when there are none, so a reprocessed article clears its stale mentions.</summary>
public sealed class ArticleAcceptedConsumer(EventExtractor extractor, TimeProvider clock, ILogger<ArticleAcceptedConsumer> log) : IConsumer<ArticleAccepted>
{
    private static readonly Counter<long> Articles = TimelineTelemetry.Meter.CreateCounter<long>(
        "timeline.extraction.articles", "{article}", "Articles run through event extraction.");
    private static readonly Counter<long> Events = TimelineTelemetry.Meter.CreateCounter<long>(
        "timeline.extraction.events", "{event}", "Event mentions extracted, by type and modality.");
    private static readonly Histogram<double> Duration = TimelineTelemetry.Meter.CreateHistogram<double>(
        "timeline.extraction.duration", "s", "Time to extract the events of one article.");

    /// <inheritdoc />
    public async Task Consume(ConsumeContext<ArticleAccepted> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var article = context.Message;
        if (string.IsNullOrWhiteSpace(article.ArticleId) || article.Body is null)
        {
            // Deterministic bad input: the definition does not retry it; it goes to the error queue with this reason.
            throw new ArgumentException("ArticleAccepted without an article id or body cannot be extracted.", nameof(context));
        }
        using var activity = TimelineTelemetry.Extraction.StartActivity("extract events", ActivityKind.Internal);
        activity?.SetTag("timeline.article.id", article.ArticleId);
        activity?.SetTag("timeline.article.language", article.Language);
        activity?.SetTag("timeline.article.length", article.Body.Length);
        using var scope = log.BeginScope(new Dictionary<string, object> { ["ArticleId"] = article.ArticleId });

        var started = Stopwatch.GetTimestamp();
        DateOnly? published = article.PublishedAt is { } p ? DateOnly.FromDateTime(p.DateTime) : null;
        var mentions = extractor.Extract(article.ArticleId, article.Body, published);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;

        Articles.Add(1, new KeyValuePair<string, object?>("language", article.Language));
        Duration.Record(elapsed, new KeyValuePair<string, object?>("language", article.Language));
        foreach (var e in mentions)
        {
            Events.Add(1, new KeyValuePair<string, object?>("type", e.Type), new KeyValuePair<string, object?>("modality", e.Modality));
        }
        activity?.SetTag("timeline.extraction.events", mentions.Count);
        // Per article, so Debug: the counters and the duration histogram above say the same in aggregate.
        if (log.IsEnabled(LogLevel.Debug))
        {
            log.LogDebug("Extracted {EventCount} event mentions from article {ArticleId} ({Language}, {Length} chars, published {Published}) in {ElapsedMs:0.0} ms",
                mentions.Count, article.ArticleId, article.Language, article.Body.Length, published, elapsed * 1000);
        }

        await context.Publish(new EventsExtracted
        {
            ArticleId = article.ArticleId,
            Source = article.Source,
            Url = article.Url,
            PublishedAt = article.PublishedAt,
            ExtractorVersion = extractor.Version,
            ExtractedAt = clock.GetUtcNow(),
            Events = mentions,
        }, context.CancellationToken);
    }
}

/// <summary>Retry policy of <see cref="ArticleAcceptedConsumer"/>: extraction is deterministic, so bad input is never retried; only transient failures (publishing) are.</summary>
public sealed class ArticleAcceptedConsumerDefinition : ConsumerDefinition<ArticleAcceptedConsumer>
{
    /// <summary>Names the queue "extraction-article-accepted"; concurrency from <see cref="ExtractionOptions"/>.</summary>
    public ArticleAcceptedConsumerDefinition(IOptions<ExtractionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        EndpointName = "extraction-article-accepted";
        ConcurrentMessageLimit = options.Value.EffectiveConcurrency;
    }

    /// <inheritdoc />
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ArticleAcceptedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(endpointConfigurator);
        endpointConfigurator.UseMessageRetry(r =>
        {
            // The same input gives the same failure: straight to the error queue.
            r.Ignore<ArgumentException>();
            r.Ignore<FormatException>();
            r.Ignore<InvalidDataException>();
            r.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200));
        });
        endpointConfigurator.UseInMemoryOutbox(context);
    }
}
