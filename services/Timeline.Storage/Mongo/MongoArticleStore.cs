using System.Runtime.CompilerServices;
using MongoDB.Driver;
using Timeline.Storage.Outbox;

namespace Timeline.Storage.Mongo;

/// <summary>The articles collection in MongoDB: unique content hash, unique sparse URL, position-tagged fingerprint bands.</summary>
public sealed class MongoArticleStore(MongoContext mongo) : IArticleStore
{
    private const string System = "mongodb";
    private const string Collection = "articles";
    private static readonly FilterDefinitionBuilder<ArticleDocument> F = Builders<ArticleDocument>.Filter;

    /// <summary>Articles per query of <see cref="ListAsync"/>.</summary>
    internal const int ListPageSize = 200;

    /// <inheritdoc />
    public async Task<ArticleSaveResult> SaveAsync(StoredArticle article, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(messages);
        using var activity = StorageTelemetry.Start(System, "insert", Collection);
        var doc = ArticleDocument.From(article);
        var existing = await FindDuplicateAsync(doc, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }
        try
        {
            if (messages.Count == 0)
            {
                await mongo.Articles.InsertOneAsync(doc, cancellationToken: cancellationToken);
            }
            else
            {
                // The article and the messages announcing it commit together (a replica set transaction).
                using var session = await mongo.Client.StartSessionAsync(cancellationToken: cancellationToken);
                var options = new TransactionOptions(ReadConcern.Snapshot, ReadPreference.Primary, WriteConcern.WMajority);
                await session.WithTransactionAsync(
                    async (s, ct) =>
                    {
                        await mongo.Articles.InsertOneAsync(s, doc, cancellationToken: ct);
                        await MongoOutbox.AppendAsync(mongo, s, messages, ct);
                        return true;
                    },
                    options,
                    cancellationToken);
            }
            return new ArticleSaveResult(true, article.Id, null);
        }
        catch (MongoWriteException ex) when (ex.WriteError?.Category == ServerErrorCategory.DuplicateKey)
        {
            // Lost a race with a concurrent insert of the same article: report the winner.
            return await FindDuplicateAsync(doc, cancellationToken) ?? new ArticleSaveResult(false, article.Id, "content");
        }
    }

    /// <inheritdoc />
    public async Task<StoredArticle?> GetAsync(string id, CancellationToken cancellationToken)
    {
        using var activity = StorageTelemetry.Start(System, "get", Collection);
        var doc = await mongo.Articles.Find(F.Eq(d => d.Id, id)).FirstOrDefaultAsync(cancellationToken);
        return doc?.ToArticle();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FingerprintCandidate>> FindFingerprintCandidatesAsync(ulong fingerprint, int limit, CancellationToken cancellationToken)
    {
        using var activity = StorageTelemetry.Start(System, "find_fingerprint", Collection);
        // Only the fields comparing needs leave the server: the documents carry the raw input and the story.
        var found = await mongo.Articles
            .Find(F.AnyIn(d => d.Bands, ArticleDocument.BandsOf(fingerprint)))
            .Sort(Builders<ArticleDocument>.Sort.Ascending(d => d.AcceptedAtUtc).Ascending(d => d.Id))
            .Limit(Math.Max(1, limit))
            .Project(d => new { d.Id, d.ContentHash, d.Fingerprint })
            .ToListAsync(cancellationToken);
        return [.. found.Select(d => new FingerprintCandidate(d.Id, d.ContentHash, unchecked((ulong)d.Fingerprint)))];
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredArticle> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var activity = StorageTelemetry.Start(System, "list", Collection);
        // Short queries, one page each, resuming after the last (acceptedAt, _id): a reprocess consumes this slowly, and
        // one server cursor held through it is killed after ten idle minutes (CursorNotFound).
        FilterDefinition<ArticleDocument> after = F.Empty;
        while (true)
        {
            var page = await mongo.Articles.Find(after)
                .Sort(Builders<ArticleDocument>.Sort.Ascending(d => d.AcceptedAtUtc).Ascending(d => d.Id))
                .Limit(ListPageSize)
                .ToListAsync(cancellationToken);
            foreach (var doc in page)
            {
                yield return doc.ToArticle();
            }
            if (page.Count < ListPageSize)
            {
                yield break;
            }
            after = After(page[^1]);
        }
    }

    /// <summary>Articles listed after <paramref name="last"/> in (acceptedAt, _id) order.</summary>
    internal static FilterDefinition<ArticleDocument> After(ArticleDocument last) =>
        F.Gt(d => d.AcceptedAtUtc, last.AcceptedAtUtc) | (F.Eq(d => d.AcceptedAtUtc, last.AcceptedAtUtc) & F.Gt(d => d.Id, last.Id));

    /// <inheritdoc />
    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        using var activity = StorageTelemetry.Start(System, "count", Collection);
        // From the collection's metadata rather than a scan of every article.
        return await mongo.Articles.EstimatedDocumentCountAsync(cancellationToken: cancellationToken);
    }

    private async Task<ArticleSaveResult?> FindDuplicateAsync(ArticleDocument doc, CancellationToken cancellationToken)
    {
        var byContent = await mongo.Articles
            .Find(F.Eq(d => d.ContentHash, doc.ContentHash) | F.Eq(d => d.Id, doc.Id))
            .Project(d => d.Id).FirstOrDefaultAsync(cancellationToken);
        if (byContent is not null)
        {
            return new ArticleSaveResult(false, byContent, "content");
        }
        if (doc.Url is null)
        {
            return null;
        }
        var byUrl = await mongo.Articles.Find(F.Eq(d => d.Url, doc.Url)).Project(d => d.Id).FirstOrDefaultAsync(cancellationToken);
        return byUrl is null ? null : new ArticleSaveResult(false, byUrl, "url");
    }
}
