using MongoDB.Driver;
using Timeline.Storage.Outbox;

namespace Timeline.Storage.Mongo;

/// <summary>
/// The outbox in MongoDB: documents in <c>outbox</c> keyed by message id and ordered by a per-stream sequence number
/// reserved in the writing transaction; one lease document per stream in <c>outbox_leases</c>.
/// </summary>
public sealed class MongoOutbox(MongoContext mongo, TimeProvider? timeProvider = null) : IOutbox
{
    private const string System = "mongodb";
    private const string Collection = "outbox";
    private static readonly FilterDefinitionBuilder<OutboxDocument> F = Builders<OutboxDocument>.Filter;
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>Writes <paramref name="messages"/> inside the caller's transaction.</summary>
    internal static async Task AppendAsync(MongoContext mongo, IClientSessionHandle session, IReadOnlyList<OutboxMessage> messages, CancellationToken ct)
    {
        if (messages.Count == 0)
        {
            return;
        }
        var documents = new List<OutboxDocument>(messages.Count);
        foreach (var stream in messages.GroupBy(m => m.Stream, StringComparer.Ordinal))
        {
            // Reserved inside the transaction: a concurrent commit writing the same counter gets a write conflict and
            // retries once this one has committed, so sequence order is commit order and, within a commit, write order.
            // (Version 7 GUIDs cannot order a commit: its messages share one millisecond and the bits after it are random.)
            var count = stream.Count();
            var counter = await mongo.OutboxSequences.FindOneAndUpdateAsync(
                session,
                Builders<OutboxSequenceDocument>.Filter.Eq(d => d.Id, stream.Key),
                Builders<OutboxSequenceDocument>.Update.Inc(d => d.Last, (long)count),
                new FindOneAndUpdateOptions<OutboxSequenceDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.After },
                ct);
            var seq = counter.Last - count;
            documents.AddRange(stream.Select(m => OutboxDocument.From(m, ++seq)));
        }
        // Inserts, not upserts: a message id already waiting is a duplicate key that fails the commit rather than
        // silently replacing the waiting message. A retried transaction starts from nothing, so it inserts again cleanly.
        await mongo.Outbox.InsertManyAsync(session, documents, cancellationToken: ct);
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
            .Sort(Builders<OutboxDocument>.Sort.Ascending(d => d.Seq))
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

/// <summary>A stored outbox message: its id is the message id; <see cref="Seq"/> is its place in the stream.</summary>
internal sealed class OutboxDocument
{
    public string Id { get; set; } = "";
    public long Seq { get; set; }
    public string Stream { get; set; } = "";
    public string MessageType { get; set; } = "";
    public string Payload { get; set; } = "";
    public string? TraceParent { get; set; }
    /// <summary>Stored with its ticks and offset: a BSON date alone keeps milliseconds only.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    public static OutboxDocument From(OutboxMessage m, long seq) => new()
    {
        Id = m.Id,
        Seq = seq,
        Stream = m.Stream,
        MessageType = m.MessageType,
        Payload = m.Payload,
        TraceParent = m.TraceParent,
        CreatedAt = m.CreatedAt,
    };

    public OutboxMessage ToMessage() => new(Id, Stream, MessageType, Payload, TraceParent, CreatedAt);
}

/// <summary>The last sequence number handed out in a stream (<c>_id</c> is the stream).</summary>
internal sealed class OutboxSequenceDocument
{
    public string Id { get; set; } = "";
    public long Last { get; set; }
}

/// <summary>Which dispatcher may publish a stream, and until when.</summary>
internal sealed class OutboxLeaseDocument
{
    public string Id { get; set; } = "";
    public string Owner { get; set; } = "";
    public DateTime ExpiresAt { get; set; }
}
