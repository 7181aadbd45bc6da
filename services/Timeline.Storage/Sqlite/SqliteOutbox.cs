using System.Text.Json;
using Microsoft.Data.Sqlite;
using Timeline.Storage.Outbox;

namespace Timeline.Storage.Sqlite;

/// <summary>The outbox in SQLite: rows in <c>outbox</c>, ordered by insertion; one lease row per stream in <c>outbox_leases</c>.</summary>
public sealed class SqliteOutbox(SqliteDatabase database, TimeProvider? timeProvider = null) : IOutbox
{
    private const string System = "sqlite";
    private const string Collection = "outbox";
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>Writes <paramref name="messages"/> inside the caller's transaction.</summary>
    internal static void Append(SqliteSession session, SqliteTransaction transaction, IReadOnlyList<OutboxMessage> messages)
    {
        foreach (var m in messages)
        {
            var command = session.Command("""
                INSERT INTO outbox (message_id, stream, message_type, payload, trace_parent, created_at)
                VALUES ($id, $stream, $type, $payload, $trace, $at)
                """, transaction);
            command.Parameters.AddWithValue("$id", m.Id);
            command.Parameters.AddWithValue("$stream", m.Stream);
            command.Parameters.AddWithValue("$type", m.MessageType);
            command.Parameters.AddWithValue("$payload", m.Payload);
            command.Parameters.AddWithValue("$trace", (object?)m.TraceParent ?? DBNull.Value);
            command.Parameters.AddWithValue("$at", m.CreatedAt.UtcTicks);
            command.ExecuteNonQuery();
        }
    }

    /// <inheritdoc />
    public Task<bool> TryAcquireLeaseAsync(string stream, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var activity = StorageTelemetry.Start(System, "lease", "outbox_leases");
        var now = _time.GetUtcNow().UtcTicks;
        using var lease = database.Rent();
        using var turn = database.WaitForWriterTurn(cancellationToken);
        var command = lease.Session.Command("""
            INSERT INTO outbox_leases (stream, owner, expires_at) VALUES ($stream, $owner, $until)
            ON CONFLICT (stream) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
            WHERE outbox_leases.owner = excluded.owner OR outbox_leases.expires_at < $now
            """);
        command.Parameters.AddWithValue("$stream", stream);
        command.Parameters.AddWithValue("$owner", owner);
        command.Parameters.AddWithValue("$until", now + duration.Ticks);
        command.Parameters.AddWithValue("$now", now);
        return Task.FromResult(command.ExecuteNonQuery() == 1);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxMessage>> PeekAsync(string stream, int max, CancellationToken cancellationToken)
    {
        using var activity = StorageTelemetry.Start(System, "peek", Collection);
        using var lease = database.Rent();
        var command = lease.Session.Command("""
            SELECT message_id, message_type, payload, trace_parent, created_at FROM outbox
            WHERE stream = $stream ORDER BY seq LIMIT $max
            """);
        command.Parameters.AddWithValue("$stream", stream);
        command.Parameters.AddWithValue("$max", Math.Max(1, max));
        var result = new List<OutboxMessage>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new OutboxMessage(
                reader.GetString(0), stream, reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                new DateTimeOffset(reader.GetInt64(4), TimeSpan.Zero)));
        }
        return Task.FromResult<IReadOnlyList<OutboxMessage>>(result);
    }

    /// <inheritdoc />
    public Task RemoveAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        using var activity = StorageTelemetry.Start(System, "remove", Collection);
        using var lease = database.Rent();
        using var turn = database.WaitForWriterTurn(cancellationToken);
        if (ids.Count == 0)
        {
            return Task.CompletedTask;
        }
        // One statement for the whole batch (the ids passed as one JSON array): a statement per id cost a step, a bind
        // and a reset each, all inside the writer's turn. The statement is its own transaction.
        var command = lease.Session.Command("DELETE FROM outbox WHERE message_id IN (SELECT value FROM json_each($ids))");
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids, StorageJson.Options));
        command.ExecuteNonQuery();
        database.Committed();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<long> CountAsync(string stream, CancellationToken cancellationToken)
    {
        using var lease = database.Rent();
        var command = lease.Session.Command("SELECT COUNT(*) FROM outbox WHERE stream = $stream");
        command.Parameters.AddWithValue("$stream", stream);
        return Task.FromResult((long)command.ExecuteScalar()!);
    }
}
