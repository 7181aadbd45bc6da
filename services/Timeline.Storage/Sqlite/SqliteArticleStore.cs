using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Timeline.Storage.Outbox;

namespace Timeline.Storage.Sqlite;

/// <summary>The articles collection in SQLite: unique content hash and URL, 16-bit fingerprint bands indexed for near-duplicate search.</summary>
public sealed class SqliteArticleStore(SqliteDatabase database) : IArticleStore
{
    private const string System = "sqlite";
    private const string Collection = "articles";

    // Saves waiting to be committed are taken together by one writer loop (group commit), so with many concurrent requests
    // they wait on their task instead of spinning for the writer's turn.
    private SqliteWriterLoop<PendingSave>? _writer;

    /// <summary>The most saves one transaction takes.</summary>
    internal const int MaxGroup = SqliteWriterLoop<PendingSave>.MaxGroup;

    /// <inheritdoc />
    public Task<ArticleSaveResult> SaveAsync(StoredArticle article, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(messages);
        cancellationToken.ThrowIfCancellationRequested();
        var save = new PendingSave(article, messages, JsonSerializer.Serialize(article, StorageJson.Options));
        // Once queued, a save is committed even if its caller gives up: a group's commit is not cancelled for one of them.
        Writer.Enqueue(save);
        return save.Result.Task;
    }

    private SqliteWriterLoop<PendingSave> Writer =>
        LazyInitializer.EnsureInitialized(ref _writer, () => new SqliteWriterLoop<PendingSave>(database, CommitGroup, (save, ex) => save.Result.TrySetException(ex)));

    private void CommitGroup(SqliteSession session, List<PendingSave> group)
    {
        using var activity = StorageTelemetry.Start(System, "insert", Collection);
        activity?.SetTag("db.operation.batch.size", group.Count);
        try
        {
            var results = Commit(session, group);
            for (var i = 0; i < group.Count; i++)
            {
                group[i].Result.TrySetResult(results[i]);
            }
        }
        catch (Exception ex) when (group.Count > 1 && ex is SqliteException or InvalidOperationException)
        {
            // One bad save (a broken constraint) must not fail the others: each goes again on its own.
            foreach (var save in group)
            {
                try
                {
                    save.Result.TrySetResult(Commit(session, [save])[0]);
                }
                catch (Exception single) when (single is SqliteException or InvalidOperationException)
                {
                    save.Result.TrySetException(single);
                }
            }
        }
    }

    // One transaction for the group. BEGIN IMMEDIATE: each duplicate check and insert see no concurrent writer in between,
    // and a later save of the group sees the earlier ones (the same text twice in one group is a duplicate, as apart).
    private List<ArticleSaveResult> Commit(SqliteSession session, IReadOnlyList<PendingSave> group)
    {
        var results = new List<ArticleSaveResult>(group.Count);
        using var transaction = session.Connection.BeginTransaction();
        var inserted = false;
        foreach (var save in group)
        {
            var article = save.Article;
            if (FindDuplicate(session, transaction, article) is { } existing)
            {
                results.Add(existing);
                continue;
            }
            var command = session.Command("""
                INSERT INTO articles (id, content_hash, url, accepted_at, band0, band1, band2, band3, doc)
                VALUES ($id, $hash, $url, $at, $b0, $b1, $b2, $b3, $doc)
                """, transaction);
            command.Parameters.AddWithValue("$id", article.Id);
            command.Parameters.AddWithValue("$hash", article.ContentHash);
            command.Parameters.AddWithValue("$url", (object?)NormalizeUrl(article.Url) ?? DBNull.Value);
            command.Parameters.AddWithValue("$at", article.AcceptedAt.UtcTicks);
            for (var i = 0; i < 4; i++)
            {
                command.Parameters.AddWithValue("$b" + i, Band(article.Fingerprint, i));
            }
            command.Parameters.AddWithValue("$doc", save.Doc);
            command.ExecuteNonQuery();
            SqliteOutbox.Append(session, transaction, save.Messages);
            results.Add(new ArticleSaveResult(true, article.Id, null));
            inserted = true;
        }
        if (!inserted)
        {
            transaction.Rollback();
            return results;
        }
        transaction.Commit();
        database.Committed();
        return results;
    }

    /// <summary>A save waiting for its group's commit.</summary>
    private sealed record PendingSave(StoredArticle Article, IReadOnlyList<OutboxMessage> Messages, string Doc)
    {
        // Continuations run on the pool, not on the committer's thread, which goes on with the next group.
        public TaskCompletionSource<ArticleSaveResult> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <inheritdoc />
    public Task<StoredArticle?> GetAsync(string id, CancellationToken cancellationToken)
    {
        using var activity = StorageTelemetry.Start(System, "get", Collection);
        using var lease = database.Rent();
        var command = lease.Session.Command("SELECT doc FROM articles WHERE id = $id");
        command.Parameters.AddWithValue("$id", id);
        return Task.FromResult(command.ExecuteScalar() is string doc ? Deserialize(doc) : null);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<FingerprintCandidate>> FindFingerprintCandidatesAsync(ulong fingerprint, int limit, CancellationToken cancellationToken)
    {
        using var activity = StorageTelemetry.Start(System, "find_fingerprint", Collection);
        // The bands are the fingerprint cut in four, so the row's columns give it back without reading (and parsing) the
        // document, which holds the raw input and the story: parsing those was most of ingestion's cost per article.
        using var lease = database.Rent();
        var command = lease.Session.Command("""
            SELECT id, content_hash, band0, band1, band2, band3 FROM articles
            WHERE band0 = $b0 OR band1 = $b1 OR band2 = $b2 OR band3 = $b3
            ORDER BY accepted_at, id LIMIT $limit
            """);
        for (var i = 0; i < 4; i++)
        {
            command.Parameters.AddWithValue("$b" + i, Band(fingerprint, i));
        }
        command.Parameters.AddWithValue("$limit", Math.Max(1, limit));
        var result = new List<FingerprintCandidate>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var bands = 0UL;
            for (var i = 0; i < 4; i++)
            {
                bands |= (ulong)reader.GetInt64(2 + i) << (16 * i);
            }
            result.Add(new FingerprintCandidate(reader.GetString(0), reader.GetString(1), bands));
        }
        return Task.FromResult<IReadOnlyList<FingerprintCandidate>>(result);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredArticle> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Keyset paging keeps no reader open while the caller works on each article.
        long lastAt = long.MinValue;
        var lastId = "";
        while (true)
        {
            var page = new List<(long At, StoredArticle Article)>();
            using (StorageTelemetry.Start(System, "list", Collection))
            using (var connection = database.Open())
            using (var command = connection.CreateCommand())
            {
                command.CommandText = """
                    SELECT accepted_at, doc FROM articles
                    WHERE accepted_at > $at OR (accepted_at = $at AND id > $id)
                    ORDER BY accepted_at, id LIMIT 200
                    """;
                command.Parameters.AddWithValue("$at", lastAt);
                command.Parameters.AddWithValue("$id", lastId);
                using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    page.Add((reader.GetInt64(0), Deserialize(reader.GetString(1))));
                }
            }
            foreach (var (at, article) in page)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return article;
                (lastAt, lastId) = (at, article.Id);
            }
            if (page.Count < 200)
            {
                yield break;
            }
        }
    }

    /// <inheritdoc />
    public Task<long> CountAsync(CancellationToken cancellationToken)
    {
        using var activity = StorageTelemetry.Start(System, "count", Collection);
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM articles";
        return Task.FromResult((long)command.ExecuteScalar()!);
    }

    private static ArticleSaveResult? FindDuplicate(SqliteSession session, SqliteTransaction transaction, StoredArticle article)
    {
        var command = session.Command("""
            SELECT id, CASE WHEN content_hash = $hash OR id = $id THEN 'content' ELSE 'url' END
            FROM articles WHERE content_hash = $hash OR id = $id OR ($url IS NOT NULL AND url = $url)
            ORDER BY CASE WHEN content_hash = $hash OR id = $id THEN 0 ELSE 1 END LIMIT 1
            """, transaction);
        command.Parameters.AddWithValue("$hash", article.ContentHash);
        command.Parameters.AddWithValue("$id", article.Id);
        command.Parameters.AddWithValue("$url", (object?)NormalizeUrl(article.Url) ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new ArticleSaveResult(false, reader.GetString(0), reader.GetString(1)) : null;
    }

    // An empty URL means "unknown", not a value two articles could share.
    private static string? NormalizeUrl(string? url) => string.IsNullOrWhiteSpace(url) ? null : url.Trim();

    internal static long Band(ulong fingerprint, int band) => (long)((fingerprint >> (16 * band)) & 0xFFFF);

    private static StoredArticle Deserialize(string doc) =>
        JsonSerializer.Deserialize<StoredArticle>(doc, StorageJson.Options)
        ?? throw new InvalidDataException("A stored article document is empty.");
}
