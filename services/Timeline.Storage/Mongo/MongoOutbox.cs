using MongoDB.Driver;
using Timeline.Storage.Outbox;

namespace Timeline.Storage.Mongo;

/// <summary>The outbox in MongoDB: documents in <c>outbox</c> keyed by their time-ordered id; one lease document per stream in <c>outbox_leases</c>.</summary>
public sealed class MongoOutbox(MongoContext mongo, TimeProvider? timeProvider = null) : IOutbox
{
    private const string System = "mongodb";
    private const string Collection = "outbox";
    private static readonly FilterDefinitionBuilder<OutboxDocument> F = Builders<OutboxDocument>.Filter;
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>Writes <paramref name="messages"/> inside the caller's transaction.</summary>
    internal static async Task AppendAsync(MongoContext mongo, IClientSessionHandle session, IReadOnlyList<OutboxMessage> messages, CancellationToken ct)
    {
        if (messages.Count > 0)
        {
            // Upserts keyed on the message id, like the version rows: a re-run of the transaction callback writes the same documents.
            var writes = messages.Select(OutboxDocument.From)
                .Select(d => new ReplaceOneModel<OutboxDocument>(F.Eq(x => x.Id, d.Id), d) { IsUpsert = true });
            await mongo.Outbox.BulkWriteAsync(session, writes, cancellationToken: ct);
        }
    }

    /// <inheritdoc />
    public async Task<bool> TryAcquireLeaseAsync(string stream, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var activity = StorageTelemetry.Start(System, "lease", "outbox_leases");
        var now = _time.GetUtcNow().UtcDateTime;
        var l = Builders<OutboxLeaseDocument>.Filter;
        try
        {
            // Matches only a lease this owner holds or one that ran out; with no match the upsert inserts the stream's
            // _id again, which fails with a duplicate key while someone else's lease runs.
            var lease = await mongo.OutboxLeases.FindOneAndUpdateAsync(
                l.Eq(d => d.Id, stream) & (l.Eq(d => d.Owner, owner) | l.Lt(d => d.ExpiresAt, now)),
                Builders<OutboxLeaseDocument>.Update.Set(d => d.Owner, owner).Set(d => d.ExpiresAt, now + duration),
                new FindOneAndUpdateOptions<OutboxLeaseDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.After },
                cancellationToken);
            return lease?.Owner == owner;
        }
        catch (MongoCommandException ex) when (ex.Code == 11000)
        {
            return false;
        }
        catch (MongoWriteException ex) when (ex.WriteError?.Category == ServerErrorCategory.DuplicateKey)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OutboxMessage>> PeekAsync(string stream, int max, CancellationToken cancellationToken)
    {
        using var activity = StorageTelemetry.Start(System, "peek", Collection);
        var docs = await mongo.Outbox.Find(F.Eq(d => d.Stream, stream))
            .Sort(Builders<OutboxDocument>.Sort.Ascending(d => d.Id))
            .Limit(Math.Max(1, max))
            .ToListAsync(cancellationToken);
        return [.. docs.Select(d => d.ToMessage())];
    }

    /// <inheritdoc />
    public async Task RemoveAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        using var activity = StorageTelemetry.Start(System, "remove", Collection);
        if (ids.Count > 0)
        {
            await mongo.Outbox.DeleteManyAsync(F.In(d => d.Id, ids), cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<long> CountAsync(string stream, CancellationToken cancellationToken) =>
        await mongo.Outbox.CountDocumentsAsync(F.Eq(d => d.Stream, stream), cancellationToken: cancellationToken);
}

/// <summary>A stored outbox message. Its id is a version 7 GUID in "N" format, so ids sort in the order messages were written.</summary>
internal sealed class OutboxDocument
{
    public string Id { get; set; } = "";
    public string Stream { get; set; } = "";
    public string MessageType { get; set; } = "";
    public string Payload { get; set; } = "";
    public string? TraceParent { get; set; }
    public DateTime CreatedAt { get; set; }

    public static OutboxDocument From(OutboxMessage m) => new()
    {
        Id = m.Id,
        Stream = m.Stream,
        MessageType = m.MessageType,
        Payload = m.Payload,
        TraceParent = m.TraceParent,
        CreatedAt = m.CreatedAt.UtcDateTime,
    };

    public OutboxMessage ToMessage() => new(Id, Stream, MessageType, Payload, TraceParent, new DateTimeOffset(DateTime.SpecifyKind(CreatedAt, DateTimeKind.Utc)));
}

/// <summary>Which dispatcher may publish a stream, and until when.</summary>
internal sealed class OutboxLeaseDocument
{
    public string Id { get; set; } = "";
    public string Owner { get; set; } = "";
    public DateTime ExpiresAt { get; set; }
}
