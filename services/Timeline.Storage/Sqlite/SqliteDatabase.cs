using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Timeline.Storage.Sqlite;

/// <summary>One SQLite file: opens pooled connections and creates the schema (idempotently) when constructed.</summary>
public sealed class SqliteDatabase : IDisposable
{
    // Enough idle sessions for the gateway's concurrent readers plus the writer; more are closed on return.
    private const int MaxIdleSessions = 16;
    private readonly string _connectionString;
    private readonly ConcurrentBag<SqliteSession> _idle = [];
    // Writers commit this many times between background checkpoints (a commit writes a few dozen pages).
    private const int CommitsPerCheckpoint = 64;
    private int _idleCount;
    private bool _disposed;
    private int _commits;
    private int _checkpointing;
    // SQLite lets one writer at a time hold a file. Writers of this process queue here instead of meeting the busy lock,
    // which Microsoft.Data.Sqlite answers by sleeping 150 ms before it tries again: with a dozen concurrent requests
    // that sleep, not the work, set ingestion's latency. Writers in other processes are waited for by busy_timeout.
    private readonly SemaphoreSlim _writer = new(1, 1);

    /// <summary>Opens (creating if needed) the database at <paramref name="path"/>, switches it to WAL and creates the schema.</summary>
    public SqliteDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        Execute(connection, Schema);
        Migrate(connection);
    }

    /// <summary>An idle session (open connection with its prepared statements) or a new one; dispose the lease to give it back.</summary>
    internal SessionLease Rent()
    {
        if (_idle.TryTake(out var session))
        {
            Interlocked.Decrement(ref _idleCount);
            return new SessionLease(this, session);
        }
        return new SessionLease(this, new SqliteSession(Open()));
    }

    private void Return(SqliteSession session)
    {
        if (!Volatile.Read(ref _disposed) && session.Connection.State == System.Data.ConnectionState.Open)
        {
            if (Interlocked.Increment(ref _idleCount) <= MaxIdleSessions)
            {
                _idle.Add(session);
                return;
            }
            Interlocked.Decrement(ref _idleCount);
        }
        session.Dispose();
    }

    /// <summary>
    /// Called after each write commit: every so often copies the WAL back into the file on a pool thread (a passive
    /// checkpoint runs alongside readers and writers), so committing writers do not stop to do it themselves.
    /// </summary>
    internal void Committed()
    {
        if (Interlocked.Increment(ref _commits) % CommitsPerCheckpoint != 0 || Interlocked.CompareExchange(ref _checkpointing, 1, 0) != 0)
        {
            return;
        }
        _ = Task.Run(() =>
        {
            try
            {
                using var connection = Open();
                Execute(connection, "PRAGMA wal_checkpoint(PASSIVE);");
            }
            catch (SqliteException)
            {
                // Busy or closing: the next round (or SQLite's own autocheckpoint) catches up.
            }
            finally
            {
                Volatile.Write(ref _checkpointing, 0);
            }
        });
    }

    /// <summary>Waits until no other writer of this process holds the file; dispose the turn when the write transaction has ended.</summary>
    internal WriterTurn WaitForWriterTurn(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        _writer.Wait(cancellationToken);
        StorageTelemetry.WriterWait.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        return new WriterTurn(_writer);
    }

    /// <summary>This process's turn to write, released on dispose.</summary>
    internal readonly struct WriterTurn(SemaphoreSlim writer) : IDisposable
    {
        public void Dispose() => writer.Release();
    }

    /// <summary>Closes the idle sessions.</summary>
    public void Dispose()
    {
        Volatile.Write(ref _disposed, true);
        while (_idle.TryTake(out var session))
        {
            session.Dispose();
        }
    }

    /// <summary>A rented session, returned to the database when disposed.</summary>
    internal readonly struct SessionLease(SqliteDatabase database, SqliteSession session) : IDisposable
    {
        public SqliteSession Session { get; } = session;

        public void Dispose() => database.Return(Session);
    }

    /// <summary>Brings files created by earlier builds up to the current schema; rows are kept.</summary>
    private static void Migrate(SqliteConnection connection)
    {
        if (!HasColumn(connection, "events", "recorded_at"))
        {
            Execute(connection, "ALTER TABLE events ADD COLUMN recorded_at INTEGER NOT NULL DEFAULT 0");
        }
        // Earlier files kept a row for every version, the current one with an empty document: the current version's
        // time moves to its events row and each earlier version learns when the next one replaced it.
        Rebuild(connection, "event_versions", EventVersionsTable, sql => !sql.Contains("superseded_at", StringComparison.Ordinal),
            before: """
                UPDATE events SET recorded_at = COALESCE(
                    (SELECT v.recorded_at FROM event_versions v WHERE v.event_id = events.event_id AND v.version = events.version), 0);
                """,
            copy: """
                SELECT v.event_id, v.version, v.recorded_at,
                    COALESCE((SELECT MIN(n.recorded_at) FROM event_versions n WHERE n.event_id = v.event_id AND n.version > v.version), v.recorded_at),
                    v.type, v.status, v.date_start, v.date_end, v.sort_key, v.month, v.source_count, v.location_key, v.actor_ids,
                    v.countries, v.search_text, v.doc
                FROM event_versions v WHERE v.doc <> '' ORDER BY v.rowid
                """);
        Rebuild(connection, "event_mentions", EventMentionsLayout2, sql => sql.Contains("ix_event_mentions_article", StringComparison.Ordinal),
            copy: "SELECT article_id, mention_id, event_id FROM event_mentions");
        SqliteMentionMigration.MoveMentionsOutOfDocuments(connection, EventMentionsTable);
        if (!HasColumn(connection, "events", "tally"))
        {
            // Events written before have no aggregates: the next merge touching one reads its mentions once and stores them.
            Execute(connection, "ALTER TABLE events ADD COLUMN tally TEXT");
        }
        Rebuild(connection, "applied_extractions", AppliedExtractionsTable, sql => !sql.Contains("WITHOUT ROWID", StringComparison.Ordinal),
            copy: "SELECT article_id, extracted_at, extracted_at_text, fingerprint FROM applied_extractions");
        Rebuild(connection, "outbox", OutboxTable, sql => sql.Contains("AUTOINCREMENT", StringComparison.Ordinal),
            copy: "SELECT seq, message_id, stream, message_type, payload, trace_parent, created_at FROM outbox",
            after: "CREATE INDEX ix_outbox_stream ON outbox(stream, seq);");
        if (!HasColumn(connection, "events", "span_class"))
        {
            // The widest class is correct for any row; the update then narrows it so searches stay fast.
            Execute(connection, "ALTER TABLE events ADD COLUMN span_class INTEGER NOT NULL DEFAULT 3");
            Execute(connection, """
                UPDATE events SET span_class = CASE
                    WHEN date_start IS NULL OR date_end - date_start <= 7 THEN 0
                    WHEN date_end - date_start <= 31 THEN 1
                    WHEN date_end - date_start <= 366 THEN 2
                    ELSE 3 END
                """);
        }
        // ix_events_dates serves date-bounded queries and counts from the index alone (the event row is read only for
        // the page returned); ix_events_order serves undated and open-ended queries in order. The merge's candidate
        // search reads ix_events_merge: led by type, it visits only the type's entries of the date range (an eighth of
        // those in ix_events_dates), which saves more per merge than the index costs to write; it carries the actor ids,
        // so a candidate that shares no participant is turned away without reading its row (most of them).
        // The indexes they replace only cost writes. Actor and country filters probe the side tables by their primary
        // keys (event_id, value), so the value-first indexes on them were never read either; nor is the event index of
        // event_mentions any longer (see the table).
        Execute(connection, """
            DROP INDEX IF EXISTS ix_event_actors_actor;
            DROP INDEX IF EXISTS ix_event_countries_country;
            DROP INDEX IF EXISTS ix_events_type_date;
            DROP INDEX IF EXISTS ix_events_status;
            DROP INDEX IF EXISTS ix_events_sort;
            DROP INDEX IF EXISTS ix_event_versions_recorded;
            DROP INDEX IF EXISTS ix_events_candidates;
            DROP INDEX IF EXISTS ix_event_mentions_event;
            CREATE INDEX IF NOT EXISTS ix_events_dates ON events(span_class, date_start, event_id, date_end, status, type, month);
            CREATE INDEX IF NOT EXISTS ix_events_order ON events(sort_key, event_id, status, type, date_end);
            CREATE INDEX IF NOT EXISTS ix_events_merge ON events(type, span_class, date_start, date_end, status, actor_ids);
            CREATE INDEX IF NOT EXISTS ix_event_mentions_page ON event_mentions(event_id, report_key, mention_id);
            """);
    }

    internal static bool HasColumn(SqliteConnection connection, string table, string column)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM pragma_table_info($table) WHERE name = $column";
        command.Parameters.AddWithValue("$table", table);
        command.Parameters.AddWithValue("$column", column);
        return (long)command.ExecuteScalar()! > 0;
    }

    /// <summary>
    /// Rebuilds <paramref name="table"/> to <paramref name="definition"/> in one transaction, its rows copied by the
    /// <paramref name="copy"/> query, when <paramref name="isEarlierLayout"/> recognises the file's earlier layout in
    /// the schema text of the table and its indexes.
    /// </summary>
    private static void Rebuild(
        SqliteConnection connection, string table, string definition, Func<string, bool> isEarlierLayout, string copy, string before = "", string after = "")
    {
        using var schema = connection.CreateCommand();
        schema.CommandText = "SELECT group_concat(sql, ';') FROM sqlite_master WHERE tbl_name = $table AND sql IS NOT NULL";
        schema.Parameters.AddWithValue("$table", table);
        if (schema.ExecuteScalar() is not string sql || !isEarlierLayout(sql))
        {
            return;
        }
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            {before}
            CREATE TABLE {table}_new {definition};
            INSERT INTO {table}_new {copy};
            DROP TABLE {table};
            ALTER TABLE {table}_new RENAME TO {table};
            {after}
            """;
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    /// <summary>Opens a pooled connection.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // WAL with synchronous=NORMAL never corrupts the file and loses nothing when the application crashes; on power
        // loss or an OS crash the transactions committed since the last WAL sync (at most the last checkpoint's worth)
        // may roll back. It saves an fsync per commit. Checkpoints normally run in the background (Committed); the
        // automatic one is only a backstop. Memory-mapped reads skip a copy per page on the query path.
        // The page cache is kept small (4 MB): mapped pages bypass it, and a write that splits a b-tree page makes the
        // commit walk every cached page (SQLite renumbers pages past the end while balancing, then truncates the cache),
        // which with 32 MB cost a tenth of the merge time.
        // busy_timeout lets SQLite wait for a writer of another process in short steps, before Microsoft.Data.Sqlite's
        // own retry (150 ms sleeps) would start.
        Execute(connection, """
            PRAGMA busy_timeout=10000; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-4000; PRAGMA temp_store=MEMORY;
            PRAGMA mmap_size=1073741824; PRAGMA wal_autocheckpoint=16000;
            """);
        return connection;
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // Definitions of the tables Migrate rebuilds for files of earlier builds, shared by Schema and the rebuilds.
    private const string EventMentionsTable = """
        (
            article_id TEXT NOT NULL,
            mention_id TEXT NOT NULL,
            event_id TEXT NOT NULL,
            report_key INTEGER NOT NULL,
            date_value TEXT,
            search_text TEXT NOT NULL,
            doc TEXT NOT NULL,
            PRIMARY KEY (article_id, mention_id))
        """;

    // The keys-only layout of event_mentions (mentions lived in the event documents), which files rebuilt from the first
    // layout pass through before their mentions move out of the documents.
    private const string EventMentionsLayout2 = """
        (
            article_id TEXT NOT NULL,
            mention_id TEXT NOT NULL,
            event_id TEXT NOT NULL,
            PRIMARY KEY (article_id, mention_id)) WITHOUT ROWID
        """;

    private const string EventVersionsTable = """
        (
            event_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            recorded_at INTEGER NOT NULL,
            superseded_at INTEGER NOT NULL,
            type TEXT NOT NULL,
            status TEXT NOT NULL,
            date_start INTEGER,
            date_end INTEGER,
            sort_key INTEGER NOT NULL,
            month TEXT NOT NULL,
            source_count INTEGER NOT NULL,
            location_key TEXT,
            actor_ids TEXT NOT NULL,
            countries TEXT NOT NULL,
            search_text TEXT NOT NULL,
            doc TEXT NOT NULL)
        """;

    private const string AppliedExtractionsTable = """
        (
            article_id TEXT PRIMARY KEY,
            extracted_at INTEGER NOT NULL,
            extracted_at_text TEXT NOT NULL,
            fingerprint TEXT NOT NULL) WITHOUT ROWID
        """;

    private const string OutboxTable = """
        (
            seq INTEGER PRIMARY KEY,
            message_id TEXT NOT NULL UNIQUE,
            stream TEXT NOT NULL,
            message_type TEXT NOT NULL,
            payload TEXT NOT NULL,
            trace_parent TEXT,
            created_at INTEGER NOT NULL)
        """;

    private const string Schema = $"""
        CREATE TABLE IF NOT EXISTS articles (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            url TEXT UNIQUE,
            accepted_at INTEGER NOT NULL,
            band0 INTEGER NOT NULL, band1 INTEGER NOT NULL, band2 INTEGER NOT NULL, band3 INTEGER NOT NULL,
            doc TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_articles_accepted ON articles(accepted_at);
        CREATE INDEX IF NOT EXISTS ix_articles_band0 ON articles(band0);
        CREATE INDEX IF NOT EXISTS ix_articles_band1 ON articles(band1);
        CREATE INDEX IF NOT EXISTS ix_articles_band2 ON articles(band2);
        CREATE INDEX IF NOT EXISTS ix_articles_band3 ON articles(band3);

        CREATE TABLE IF NOT EXISTS events (
            event_id TEXT PRIMARY KEY,
            version INTEGER NOT NULL,
            type TEXT NOT NULL,
            status TEXT NOT NULL,
            date_start INTEGER,
            date_end INTEGER,
            sort_key INTEGER NOT NULL,
            span_class INTEGER NOT NULL DEFAULT 3,
            month TEXT NOT NULL,
            source_count INTEGER NOT NULL,
            location_key TEXT,
            actor_ids TEXT NOT NULL,
            countries TEXT NOT NULL,
            search_text TEXT NOT NULL,
            doc TEXT NOT NULL,
            recorded_at INTEGER NOT NULL DEFAULT 0,
            tally TEXT);

        CREATE TABLE IF NOT EXISTS event_actors (
            event_id TEXT NOT NULL,
            actor_id TEXT NOT NULL,
            PRIMARY KEY (event_id, actor_id)) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS event_countries (
            event_id TEXT NOT NULL,
            country TEXT NOT NULL,
            PRIMARY KEY (event_id, country)) WITHOUT ROWID;

        -- Every mention of every live event, whole: event documents carry only a sample. Keyed by article first: an
        -- article's mentions are found (and replaced) together. A mention id belongs to one article, so the key keeps
        -- mention ids unique across live events. ix_event_mentions_page (created by Migrate, after older layouts are
        -- rebuilt) pages an event's mentions in report order.
        CREATE TABLE IF NOT EXISTS event_mentions {EventMentionsTable};

        -- Superseded versions, for as-of queries: each row is a version as it stood from recorded_at until superseded_at,
        -- when the next one replaced it; the current version is the events row. A replacement only appends its outgoing
        -- version here, so the table needs no key: nothing looks a version up, as-of queries read it whole.
        CREATE TABLE IF NOT EXISTS event_versions {EventVersionsTable};

        -- Small rows keyed by article: WITHOUT ROWID keeps them in the one b-tree instead of a table and its key index.
        CREATE TABLE IF NOT EXISTS applied_extractions {AppliedExtractionsTable};

        CREATE TABLE IF NOT EXISTS merge_fences (
            fence_key TEXT PRIMARY KEY,
            version INTEGER NOT NULL) WITHOUT ROWID;

        -- Messages written with the change they announce; seq gives the publishing order. A new row's seq is above every
        -- waiting row's, which is all the order needs (no AUTOINCREMENT, whose counter row costs a page write per commit).
        CREATE TABLE IF NOT EXISTS outbox {OutboxTable};
        CREATE INDEX IF NOT EXISTS ix_outbox_stream ON outbox(stream, seq);

        CREATE TABLE IF NOT EXISTS outbox_leases (
            stream TEXT PRIMARY KEY,
            owner TEXT NOT NULL,
            expires_at INTEGER NOT NULL) WITHOUT ROWID;
        """;
}
