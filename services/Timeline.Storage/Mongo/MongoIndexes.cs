using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MongoDB.Driver;

namespace Timeline.Storage.Mongo;

/// <summary>
/// At start: refuses a deployment that cannot run transactions, then creates the indexes. Creating an index that exists
/// with the same definition is a no-op, so this is idempotent.
/// </summary>
public sealed class MongoIndexes(MongoContext context, ILogger<MongoIndexes> log) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await MongoDeployment.RequireTransactionsAsync(context, cancellationToken);
        await EnsureAsync(context, cancellationToken);
        log.LogInformation("MongoDB indexes ensured on {Database}", context.Database.DatabaseNamespace.DatabaseName);
        var moved = await MongoMentionBackfill.RunAsync(context, cancellationToken);
        if (moved > 0)
        {
            log.LogInformation("Moved {Mentions} mentions of events stored whole into event_mentions", moved);
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Indexes of <c>events</c>. The gateway's query shapes are an equality on actors, a type or countries (or none), a
    /// sortKey range and the (sortKey, eventId) order, so each index is that field, then sortKey, then eventId: the scan
    /// is bounded by the range and already in page order. Status is never a leading key: "not retired" is a $ne,
    /// which no index can narrow. The merge's candidate search has its own (type, spanClass, dateStart) index.
    /// </summary>
    internal static IReadOnlyList<CreateIndexModel<EventDocument>> EventIndexes { get; } = EventIndexDefinitions();

    /// <summary>Indexes of <c>event_versions</c>: as-of queries in page order, bounded by the version's time in force.</summary>
    internal static IReadOnlyList<CreateIndexModel<EventDocument>> VersionIndexes { get; } =
    [
        new(Builders<EventDocument>.IndexKeys.Ascending(d => d.SortKey).Ascending(d => d.EventId).Ascending(d => d.SupersededAt).Ascending(d => d.RecordedAt), new() { Name = "as_of" }),
    ];

    /// <summary>
    /// Indexes of <c>event_mentions</c>: an event's mentions in page order (also serving moves and deletes by event), and
    /// an article's mentions with their events (finding and replacing one article's mentions).
    /// </summary>
    internal static IReadOnlyList<CreateIndexModel<MentionOwnerDocument>> MentionIndexes { get; } =
    [
        new(Builders<MentionOwnerDocument>.IndexKeys.Ascending(d => d.EventId).Ascending(d => d.ReportKey).Ascending(d => d.Id), new() { Name = "event_page" }),
        new(Builders<MentionOwnerDocument>.IndexKeys.Ascending(d => d.ArticleId).Ascending(d => d.EventId), new() { Name = "article_event" }),
    ];

    /// <summary>Index of <c>outbox</c>: a stream's messages in sequence order.</summary>
    internal static CreateIndexModel<OutboxDocument> OutboxIndex { get; } =
        new(Builders<OutboxDocument>.IndexKeys.Ascending(d => d.Stream).Ascending(d => d.Seq), new() { Name = "stream_seq" });

    /// <summary>Creates every index the adapters rely on.</summary>
    public static async Task EnsureAsync(MongoContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var activity = StorageTelemetry.Start("mongodb", "create_indexes", "events");
        await CreateCollectionsAsync(context, cancellationToken);
        await context.Events.Indexes.CreateManyAsync(EventIndexes, cancellationToken);
        await context.EventVersions.Indexes.CreateManyAsync(VersionIndexes, cancellationToken);
        await context.MentionOwners.Indexes.CreateManyAsync(MentionIndexes, cancellationToken);
        await context.Outbox.Indexes.CreateOneAsync(OutboxIndex, cancellationToken: cancellationToken);
        var a = Builders<ArticleDocument>.IndexKeys;
        await context.Articles.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<ArticleDocument>(a.Ascending(d => d.ContentHash), new() { Name = "content_hash", Unique = true }),
            new CreateIndexModel<ArticleDocument>(a.Ascending(d => d.Url), new() { Name = "url", Unique = true, Sparse = true }),
            new CreateIndexModel<ArticleDocument>(a.Ascending(d => d.Bands), new() { Name = "bands" }),
            new CreateIndexModel<ArticleDocument>(a.Ascending(d => d.AcceptedAtUtc).Ascending(d => d.Id), new() { Name = "accepted" }),
        ], cancellationToken);
    }

    /// <summary>
    /// Creates every collection up front: transactions write to several of them (fences, markers, outbox sequences),
    /// and a collection created inside a transaction is subject to restrictions (read concern, sharding) best avoided.
    /// </summary>
    private static async Task CreateCollectionsAsync(MongoContext context, CancellationToken cancellationToken)
    {
        var existing = await (await context.Database.ListCollectionNamesAsync(cancellationToken: cancellationToken)).ToListAsync(cancellationToken);
        var names = new[]
        {
            context.Events.CollectionNamespace, context.EventVersions.CollectionNamespace, context.MentionOwners.CollectionNamespace,
            context.Fences.CollectionNamespace, context.AppliedExtractions.CollectionNamespace, context.Articles.CollectionNamespace,
            context.Outbox.CollectionNamespace, context.OutboxLeases.CollectionNamespace, context.OutboxSequences.CollectionNamespace,
            context.SpanStats.CollectionNamespace,
        }.Select(n => n.CollectionName);
        foreach (var name in names.Except(existing, StringComparer.Ordinal))
        {
            try
            {
                await context.Database.CreateCollectionAsync(name, cancellationToken: cancellationToken);
            }
            catch (MongoCommandException ex) when (ex.CodeName == "NamespaceExists")
            {
                // Another instance created it first.
            }
        }
    }

    private static List<CreateIndexModel<EventDocument>> EventIndexDefinitions()
    {
        var e = Builders<EventDocument>.IndexKeys;
        return
        [
            new(e.Ascending(d => d.SortKey).Ascending(d => d.EventId), new() { Name = "sort" }),
            new(e.Ascending(d => d.ActorIds).Ascending(d => d.SortKey).Ascending(d => d.EventId), new() { Name = "actors_sort" }),
            new(e.Ascending(d => d.Type).Ascending(d => d.SortKey).Ascending(d => d.EventId), new() { Name = "type_sort" }),
            new(e.Ascending(d => d.CountryKeys).Ascending(d => d.SortKey).Ascending(d => d.EventId), new() { Name = "countries_sort" }),
            new(e.Ascending(d => d.Type).Ascending(d => d.SpanClass).Ascending(d => d.DateStart).Ascending(d => d.DateEnd), new() { Name = "type_span_date" }),
        ];
    }
}
