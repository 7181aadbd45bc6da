using Microsoft.Data.Sqlite;

namespace Timeline.Storage.Sqlite;

/// <summary>One SQLite file: opens pooled connections and creates the schema (idempotently) when constructed.</summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;

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

    /// <summary>Brings files created by earlier builds up to the current schema (additive changes only).</summary>
    private static void Migrate(SqliteConnection connection)
    {
        using var columns = connection.CreateCommand();
        columns.CommandText = "SELECT COUNT(*) FROM pragma_table_info('events') WHERE name = 'span_class'";
        if ((long)columns.ExecuteScalar()! == 0)
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
        Execute(connection, """
            DROP INDEX IF EXISTS ix_events_type_date;
            CREATE INDEX IF NOT EXISTS ix_events_candidates ON events(type, span_class, date_start, date_end, status);
            """);
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    /// <summary>Opens a pooled connection.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // WAL with NORMAL sync is durable across application crashes and avoids an fsync per commit.
        Execute(connection, "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32000; PRAGMA temp_store=MEMORY;");
        return connection;
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private const string Schema = """
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
            doc TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_events_sort ON events(sort_key, event_id);
        CREATE INDEX IF NOT EXISTS ix_events_status ON events(status);

        CREATE TABLE IF NOT EXISTS event_actors (
            event_id TEXT NOT NULL,
            actor_id TEXT NOT NULL,
            PRIMARY KEY (event_id, actor_id)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ix_event_actors_actor ON event_actors(actor_id, event_id);

        CREATE TABLE IF NOT EXISTS event_countries (
            event_id TEXT NOT NULL,
            country TEXT NOT NULL,
            PRIMARY KEY (event_id, country)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ix_event_countries_country ON event_countries(country, event_id);

        CREATE TABLE IF NOT EXISTS event_mentions (
            mention_id TEXT PRIMARY KEY,
            event_id TEXT NOT NULL,
            article_id TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ix_event_mentions_article ON event_mentions(article_id);
        CREATE INDEX IF NOT EXISTS ix_event_mentions_event ON event_mentions(event_id);

        CREATE TABLE IF NOT EXISTS event_versions (
            event_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            recorded_at INTEGER NOT NULL,
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
            doc TEXT NOT NULL,
            PRIMARY KEY (event_id, version));
        CREATE INDEX IF NOT EXISTS ix_event_versions_recorded ON event_versions(event_id, recorded_at);

        CREATE TABLE IF NOT EXISTS applied_extractions (
            article_id TEXT PRIMARY KEY,
            extracted_at INTEGER NOT NULL,
            extracted_at_text TEXT NOT NULL,
            fingerprint TEXT NOT NULL);

        CREATE TABLE IF NOT EXISTS merge_fences (
            fence_key TEXT PRIMARY KEY,
            version INTEGER NOT NULL) WITHOUT ROWID;
        """;
}
