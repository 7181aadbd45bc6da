using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Timeline.Ingestion.Parsing;
using Timeline.Ingestion.Publishing;
using Timeline.ServiceDefaults.Outbox;
using Timeline.ServiceDefaults;
using Timeline.Storage;

namespace Timeline.Ingestion.Intake;

/// <summary>What happened to one parsed article.</summary>
/// <param name="Id">The stored article's id (the earlier one for a duplicate).</param>
/// <param name="Status">"accepted", "duplicate" or "near_duplicate".</param>
/// <param name="DuplicateOf">The earlier article it duplicates or nearly duplicates.</param>
public sealed record IntakeOutcome(string Id, string Status, string? DuplicateOf);

/// <summary>Deduplicates, stores and publishes parsed articles: the same URL or text is stored once, the same wire story elsewhere is linked.</summary>
public sealed partial class ArticleIntake(
    IArticleStore store, ArticlePublisher publisher, OutboxSignal outbox, RecentFingerprints recent, TimeProvider clock, ILogger<ArticleIntake> logger)
{
    /// <summary>Outcome names, also used as metric tags.</summary>
    public const string Accepted = "accepted", Duplicate = "duplicate", NearDuplicate = "near_duplicate", Rejected = "rejected";

    private const int CandidateLimit = 50;

    /// <summary>Stores the article unless it is a duplicate, with the message that passes it on to extraction.</summary>
    public async Task<IntakeOutcome> IngestAsync(ParsedArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var activity = TimelineTelemetry.Ingestion.StartActivity("ingestion.intake");
        activity?.SetTag("timeline.article_id", article.Id);
        activity?.SetTag("timeline.source", article.Source);

        var nearDuplicateOf = recent.FindNear(article.Fingerprint.SimHash, StoryFingerprint.NearDuplicateDistance, article.Id)
            ?? await FindNearDuplicateAsync(article.Fingerprint, cancellationToken).ConfigureAwait(false);
        var stored = new StoredArticle
        {
            Id = article.Id,
            Source = article.Source,
            Url = article.Url,
            Title = article.Title,
            Language = article.Language,
            Body = article.Body,
            Raw = article.Raw,
            RawContentType = article.RawContentType,
            PublishedAt = article.PublishedAt,
            PublishedAtSource = article.PublishedAtSource,
            ContentHash = article.Fingerprint.ContentHash,
            Fingerprint = article.Fingerprint.SimHash,
            NearDuplicateOf = nearDuplicateOf,
            AcceptedAt = clock.GetUtcNow(),
        };

        // The ArticleAccepted message is stored with the article and published by the outbox dispatcher, so an article
        // is never stored without being passed on, even when the broker is down at this moment.
        var message = IngestionOutbox.Stream.Message(ArticlePublisher.ToMessage(stored, isReprocess: false), stored.AcceptedAt);
        var saved = await store.SaveAsync(stored, [message], cancellationToken).ConfigureAwait(false);
        if (!saved.Inserted)
        {
            activity?.SetTag("timeline.outcome", Duplicate);
            IngestionMetrics.Count(Duplicate);
            LogDuplicate(article.Id, saved.ArticleId, saved.DuplicateOf ?? "content", article.Source);
            return new IntakeOutcome(saved.ArticleId, Duplicate, saved.ArticleId);
        }

        outbox.Notify();
        recent.Add(stored.Id, stored.Fingerprint);
        var status = nearDuplicateOf is null ? Accepted : NearDuplicate;
        activity?.SetTag("timeline.outcome", status);
        IngestionMetrics.Count(status);
        LogAccepted(stored.Id, status, stored.Source, stored.Language, stored.PublishedAt, stored.PublishedAtSource, stored.Body.Length, nearDuplicateOf);
        return new IntakeOutcome(stored.Id, status, nearDuplicateOf);
    }

    /// <summary>
    /// Re-publishes every stored article for extraction; returns how many. A publish the broker does not take within
    /// <paramref name="publishTimeout"/> ends the run with <see cref="BrokerUnavailableException"/>, so a broker outage
    /// never holds the caller for as long as it lasts.
    /// </summary>
    public async Task<long> ReprocessAllAsync(TimeSpan publishTimeout, CancellationToken cancellationToken)
    {
        using var activity = TimelineTelemetry.Ingestion.StartActivity("ingestion.reprocess");
        long count = 0;
        await foreach (var article in store.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(publishTimeout);
            try
            {
                await publisher.PublishAsync(article, isReprocess: true, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or MassTransit.MassTransitException && !cancellationToken.IsCancellationRequested)
            {
                LogReprocessInterrupted(count, ex.Message);
                throw new BrokerUnavailableException(count, ex);
            }
            count++;
        }
        activity?.SetTag("timeline.articles", count);
        LogReprocessed(count);
        return count;
    }

    private async Task<string?> FindNearDuplicateAsync(StoryFingerprint fingerprint, CancellationToken cancellationToken)
    {
        var candidates = await store.FindFingerprintCandidatesAsync(fingerprint.SimHash, CandidateLimit, cancellationToken).ConfigureAwait(false);
        return candidates
            .Where(c => c.ContentHash != fingerprint.ContentHash)
            .Select(c => (c.Id, Distance: StoryFingerprint.Distance(c.Fingerprint, fingerprint.SimHash)))
            .Where(c => c.Distance <= StoryFingerprint.NearDuplicateDistance)
            .OrderBy(c => c.Distance)
            .Select(c => c.Id)
            .FirstOrDefault();
    }

    // Per article, so Debug: at a few hundred articles a second, formatting and queueing the line for the console cost
    // more than the store; the outcome counter (timeline.ingestion.articles) and the intake span say the same.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Article {ArticleId} {Outcome} from {Source} ({Language}, published {PublishedAt} per {PublishedAtSource}, {BodyLength} chars, near-duplicate of {NearDuplicateOf})")]
    private partial void LogAccepted(string articleId, string outcome, string source, string language, DateTimeOffset? publishedAt, string? publishedAtSource, int bodyLength, string? nearDuplicateOf);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Article {ArticleId} from {Source} is a duplicate of {ExistingId} (same {MatchedOn}); not processed again")]
    private partial void LogDuplicate(string articleId, string existingId, string matchedOn, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reprocessing stopped after {Count} articles: the broker did not take the next one ({Reason})")]
    private partial void LogReprocessInterrupted(long count, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-published {Count} stored articles for extraction")]
    private partial void LogReprocessed(long count);
}

/// <summary>The broker did not take a message in time; <see cref="Republished"/> articles went out before it stopped.</summary>
public sealed class BrokerUnavailableException(long republished, Exception inner)
    : Exception($"The message broker stopped taking messages after {republished} articles.", inner)
{
    /// <summary>Articles published before the broker stopped answering.</summary>
    public long Republished { get; } = republished;
}
