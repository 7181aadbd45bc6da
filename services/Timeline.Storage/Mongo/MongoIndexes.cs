using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MongoDB.Driver;

namespace Timeline.Storage.Mongo;

/// <summary>Creates the indexes at start; creating an index that exists with the same definition is a no-op, so this is idempotent.</summary>
public sealed class MongoIndexes(MongoContext context, ILogger<MongoIndexes> log) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await EnsureAsync(context, cancellationToken);
        log.LogInformation("MongoDB indexes ensured on {Database}", context.Database.DatabaseNamespace.DatabaseName);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Creates every index the adapters rely on.</summary>
    public static async Task EnsureAsync(MongoContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var activity = StorageTelemetry.Start("mongodb", "create_indexes", "events");
        var e = Builders<EventDocument>.IndexKeys;
        await context.Events.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<EventDocument>(e.Ascending(d => d.SortKey).Ascending(d => d.EventId), new() { Name = "sort" }),
            new CreateIndexModel<EventDocument>(e.Ascending(d => d.Type).Ascending(d => d.SpanClass).Ascending(d => d.DateStart).Ascending(d => d.DateEnd), new() { Name = "type_span_date" }),
            new CreateIndexModel<EventDocument>(e.Ascending(d => d.DateStart), new() { Name = "date_start" }),
            new CreateIndexModel<EventDocument>(e.Ascending(d => d.ActorIds).Ascending(d => d.SortKey), new() { Name = "actors" }),
            new CreateIndexModel<EventDocument>(e.Ascending(d => d.CountryKeys), new() { Name = "countries" }),
            new CreateIndexModel<EventDocument>(e.Ascending(d => d.Status), new() { Name = "status" }),
            new CreateIndexModel<EventDocument>(e.Ascending(d => d.ArticleIds), new() { Name = "articles" }),
        ], cancellationToken);
        var v = Builders<EventDocument>.IndexKeys;
        await context.EventVersions.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<EventDocument>(v.Ascending(d => d.EventId).Ascending(d => d.RecordedAt), new() { Name = "event_recorded" }),
            new CreateIndexModel<EventDocument>(v.Ascending(d => d.RecordedAt), new() { Name = "recorded" }),
        ], cancellationToken);
        await context.MentionOwners.Indexes.CreateOneAsync(
            new CreateIndexModel<MentionOwnerDocument>(Builders<MentionOwnerDocument>.IndexKeys.Ascending(d => d.EventId), new() { Name = "event" }),
            cancellationToken: cancellationToken);
        await context.Outbox.Indexes.CreateOneAsync(
            new CreateIndexModel<OutboxDocument>(Builders<OutboxDocument>.IndexKeys.Ascending(d => d.Stream).Ascending(d => d.Id), new() { Name = "stream_order" }),
            cancellationToken: cancellationToken);
        var a = Builders<ArticleDocument>.IndexKeys;
        await context.Articles.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<ArticleDocument>(a.Ascending(d => d.ContentHash), new() { Name = "content_hash", Unique = true }),
            new CreateIndexModel<ArticleDocument>(a.Ascending(d => d.Url), new() { Name = "url", Unique = true, Sparse = true }),
            new CreateIndexModel<ArticleDocument>(a.Ascending(d => d.Bands), new() { Name = "bands" }),
            new CreateIndexModel<ArticleDocument>(a.Ascending(d => d.AcceptedAtUtc).Ascending(d => d.Id), new() { Name = "accepted" }),
        ], cancellationToken);
    }
}
