using System.Text.Json;
using Timeline.Contracts;
using Timeline.Storage.Sqlite;
using static Timeline.Storage.Tests.TestData;

namespace Timeline.Storage.Tests;

/// <summary>The store contract on the SQLite adapter, each test on its own temporary file.</summary>
public sealed class SqliteStoreTests : StoreContract, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "timeline-store-" + Guid.NewGuid().ToString("N"));

    protected override Task<(IEventStore Events, IArticleStore Articles)> OpenAsync()
    {
        var database = new SqliteDatabase(Path.Combine(_folder, "timeline.db"));
        return Task.FromResult<(IEventStore, IArticleStore)>((new SqliteEventStore(database, Clock), new SqliteArticleStore(database)));
    }

    protected override Outbox.IOutbox OpenOutbox() => new SqliteOutbox(new SqliteDatabase(Path.Combine(_folder, "timeline.db")), Clock);

    [Fact]
    public void Creates_the_schema_idempotently_in_wal_mode()
    {
        var path = Path.Combine(_folder, "twice.db");
        _ = new SqliteDatabase(path);
        var again = new SqliteDatabase(path);

        using var connection = again.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void Drops_the_side_table_indexes_no_query_reads_from_files_of_earlier_builds()
    {
        var path = Path.Combine(_folder, "old.db");
        using (var connection = new SqliteDatabase(path).Open())
        {
            SqliteDatabase.Execute(connection, """
                CREATE INDEX ix_event_actors_actor ON event_actors(actor_id, event_id);
                CREATE INDEX ix_event_countries_country ON event_countries(country, event_id);
                """);
        }

        var reopened = new SqliteDatabase(path);

        using var check = reopened.Open();
        using var command = check.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name IN ('event_actors', 'event_countries') AND sql IS NOT NULL";
        Assert.Equal(0L, command.ExecuteScalar());
    }

    [Fact]
    public async Task A_replacement_appends_the_outgoing_version_with_its_columns_document_and_the_time_it_was_superseded()
    {
        var database = new SqliteDatabase(Path.Combine(_folder, "versions.db"));
        var events = new SqliteEventStore(database, Clock);
        var v1 = Event("evt_1", Month(2023, 10), location: "Moscow", participants: [Lavrov, Kim]);
        await events.TryInsertAsync(v1, Ct);
        var recorded = Clock.Now;
        var current = Row(database, "SELECT * FROM events WHERE event_id = 'evt_1'");
        Assert.Empty(Rows(database, "SELECT * FROM event_versions"));

        Clock.Now = Clock.Now.AddHours(1);
        Assert.True(await events.TryReplaceAsync(v1 with { Version = 2, Date = Day(2023, 10, 19), Summary = "changed" }, 1, Ct));

        var kept = Assert.Single(Rows(database, "SELECT * FROM event_versions"));
        Assert.Equal(recorded.UtcTicks, kept["recorded_at"]);
        Assert.Equal(Clock.Now.UtcTicks, kept["superseded_at"]);
        Assert.Equal(JsonSerializer.Serialize(v1, StorageJson.Options), kept["doc"]);
        foreach (var column in kept.Keys.Where(c => c != "superseded_at"))
        {
            Assert.Equal(current[column], kept[column]);
        }
        Assert.Equal(Clock.Now.UtcTicks, Row(database, "SELECT * FROM events WHERE event_id = 'evt_1'")["recorded_at"]);
    }

    [Fact]
    public async Task Opens_a_file_of_an_earlier_layout_keeping_its_versions_mentions_markers_and_messages()
    {
        var path = Path.Combine(_folder, "earlier.db");
        var t0 = new DateTimeOffset(2024, 1, 1, 12, 0, 0, TimeSpan.Zero);
        var v1 = Event("evt_1", Month(2023, 10), mentions: [Mention("m1", "a1", "tass.ru")]);
        var v2 = v1 with { Version = 2, Date = Day(2023, 10, 19), Mentions = [Mention("m1", "a1", "tass.ru"), Mention("m2", "a2", "kcna.kp")] };
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            Directory.CreateDirectory(_folder);
            connection.Open();
            SqliteDatabase.Execute(connection, EarlierLayout);
            InsertEarlierEvent(connection, v2, current: true, t0.AddHours(1));
            InsertEarlierEvent(connection, v1, current: false, t0);
            SqliteDatabase.Execute(connection, $"""
                INSERT INTO event_mentions (mention_id, event_id, article_id) VALUES ('m1', 'evt_1', 'a1'), ('m2', 'evt_1', 'a2');
                INSERT INTO applied_extractions VALUES ('a2', {t0.UtcTicks}, '{t0:O}', 'f2');
                INSERT INTO outbox (message_id, stream, message_type, payload, trace_parent, created_at)
                VALUES ('msg1', 'timeline', 'TimelineEventCreated', '{"{}"}', NULL, 1), ('msg2', 'timeline', 'TimelineEventUpdated', '{"{}"}', NULL, 2);
                """);
        }

        var database = new SqliteDatabase(path);
        var events = new SqliteEventStore(database, Clock);
        var outbox = new SqliteOutbox(database, Clock);

        Assert.Equal(1, Assert.Single((await events.QueryAsync(new EventQuery { AsOf = t0.AddMinutes(30) }, Ct)).Items).Version);
        Assert.Equal(2, Assert.Single((await events.QueryAsync(new EventQuery { AsOf = t0.AddHours(2) }, Ct)).Items).Version);
        Assert.Equal(["evt_1"], (await events.FindByArticleAsync("a2", Ct)).Select(e => e.Id));
        Assert.Equal("f2", (await events.GetAppliedExtractionAsync("a2", Ct))!.Fingerprint);
        Assert.Equal(["msg1", "msg2"], (await outbox.PeekAsync("timeline", 10, Ct)).Select(m => m.Id));

        Clock.Now = t0.AddHours(3);
        Assert.True(await events.TryReplaceAsync(v2 with { Version = 3, Summary = "third" }, 2, Ct));
        Assert.Equal(2, Assert.Single((await events.QueryAsync(new EventQuery { AsOf = t0.AddHours(2) }, Ct)).Items).Version);
        Assert.Equal(3, Assert.Single((await events.QueryAsync(new EventQuery { AsOf = t0.AddHours(4) }, Ct)).Items).Version);
        var reopened = new SqliteDatabase(path);
        Assert.Equal(2, (await new SqliteOutbox(reopened, Clock).PeekAsync("timeline", 10, Ct)).Count);
    }

    /// <summary>The tables whose layout changed, as builds before superseded-only versions created them.</summary>
    private const string EarlierLayout = """
        CREATE TABLE events (
            event_id TEXT PRIMARY KEY, version INTEGER NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL,
            date_start INTEGER, date_end INTEGER, sort_key INTEGER NOT NULL, span_class INTEGER NOT NULL DEFAULT 3,
            month TEXT NOT NULL, source_count INTEGER NOT NULL, location_key TEXT, actor_ids TEXT NOT NULL,
            countries TEXT NOT NULL, search_text TEXT NOT NULL, doc TEXT NOT NULL);
        CREATE TABLE event_mentions (mention_id TEXT PRIMARY KEY, event_id TEXT NOT NULL, article_id TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX ix_event_mentions_article ON event_mentions(article_id);
        CREATE INDEX ix_event_mentions_event ON event_mentions(event_id);
        CREATE TABLE event_versions (
            event_id TEXT NOT NULL, version INTEGER NOT NULL, recorded_at INTEGER NOT NULL, type TEXT NOT NULL,
            status TEXT NOT NULL, date_start INTEGER, date_end INTEGER, sort_key INTEGER NOT NULL, month TEXT NOT NULL,
            source_count INTEGER NOT NULL, location_key TEXT, actor_ids TEXT NOT NULL, countries TEXT NOT NULL,
            search_text TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (event_id, version));
        CREATE TABLE applied_extractions (
            article_id TEXT PRIMARY KEY, extracted_at INTEGER NOT NULL, extracted_at_text TEXT NOT NULL, fingerprint TEXT NOT NULL);
        CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, message_id TEXT NOT NULL UNIQUE, stream TEXT NOT NULL,
            message_type TEXT NOT NULL, payload TEXT NOT NULL, trace_parent TEXT, created_at INTEGER NOT NULL);
        CREATE INDEX ix_outbox_stream ON outbox(stream, seq);
        """;

    /// <summary>A version as the earlier layout kept it: the current one in events with an empty version document.</summary>
    private static void InsertEarlierEvent(Microsoft.Data.Sqlite.SqliteConnection connection, TimelineEvent e, bool current, DateTimeOffset recordedAt)
    {
        var fields = EventIndexFields.From(e);
        var doc = JsonSerializer.Serialize(e, StorageJson.Options);
        foreach (var table in current ? new[] { "events", "event_versions" } : ["event_versions"])
        {
            using var command = connection.CreateCommand();
            command.CommandText = table == "events"
                ? """
                  INSERT INTO events VALUES ($id, $version, $type, $status, $ds, $de, $sk, $span, $month, $sc, NULL, $actors, $countries, $text, $doc)
                  """
                : """
                  INSERT INTO event_versions VALUES ($id, $version, $at, $type, $status, $ds, $de, $sk, $month, $sc, NULL, $actors, $countries, $text, $vdoc)
                  """;
            command.Parameters.AddWithValue("$id", e.Id);
            command.Parameters.AddWithValue("$version", e.Version);
            command.Parameters.AddWithValue("$at", recordedAt.UtcTicks);
            command.Parameters.AddWithValue("$type", e.Type);
            command.Parameters.AddWithValue("$status", e.Status);
            command.Parameters.AddWithValue("$ds", (object?)fields.DateStart ?? DBNull.Value);
            command.Parameters.AddWithValue("$de", (object?)fields.DateEnd ?? DBNull.Value);
            command.Parameters.AddWithValue("$sk", fields.SortKey);
            command.Parameters.AddWithValue("$span", fields.SpanClass);
            command.Parameters.AddWithValue("$month", fields.Month);
            command.Parameters.AddWithValue("$sc", e.SourceCount);
            command.Parameters.AddWithValue("$actors", "|" + string.Join('|', fields.ActorIds) + "|");
            command.Parameters.AddWithValue("$countries", "|" + string.Join('|', fields.Countries) + "|");
            command.Parameters.AddWithValue("$text", fields.SearchText);
            command.Parameters.AddWithValue("$doc", doc);
            command.Parameters.AddWithValue("$vdoc", current ? "" : doc);
            command.ExecuteNonQuery();
        }
    }

    private static Dictionary<string, object> Row(SqliteDatabase database, string sql) => Assert.Single(Rows(database, sql));

    private static List<Dictionary<string, object>> Rows(SqliteDatabase database, string sql)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object>>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetValue));
        }
        return rows;
    }

    [Fact]
    public async Task Pages_a_date_range_across_day_month_year_and_decades_long_events_in_order()
    {
        var (events, _) = await OpenAsync();
        var decade = new EventDate("1995/2030", DatePrecisions.Year, new DateOnly(1995, 1, 1), new DateOnly(2030, 12, 31));
        await events.TryInsertAsync(Event("evt_decade", decade, mentions: [Mention("md", "ad", "tass.ru")]), Ct);
        await events.TryInsertAsync(Event("evt_year", new EventDate("2024", DatePrecisions.Year, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), mentions: [Mention("my", "ay", "tass.ru")]), Ct);
        await events.TryInsertAsync(Event("evt_month", Month(2024, 3), mentions: [Mention("mm", "am", "tass.ru")]), Ct);
        for (var i = 0; i < 12; i++)
        {
            await events.TryInsertAsync(Event($"evt_d{i:D2}", Day(2024, 3, 1 + (i % 4)), mentions: [Mention($"m{i}", $"a{i}", "tass.ru")]), Ct);
        }
        await events.TryInsertAsync(Event("evt_before", Day(2024, 2, 20), mentions: [Mention("mb", "ab", "tass.ru")]), Ct);
        await events.TryInsertAsync(Event("evt_other_actor", Day(2024, 3, 2), participants: [Lavrov], mentions: [Mention("mo", "ao", "tass.ru")]), Ct);

        foreach (var descending in new[] { false, true })
        {
            var query = new EventQuery { From = new DateOnly(2024, 3, 1), To = new DateOnly(2024, 3, 31), ActorIds = [Putin.ActorId], Limit = 4, Descending = descending };
            var seen = new List<string>();
            string? cursor = null;
            do
            {
                var page = await events.QueryAsync(query with { Cursor = cursor }, Ct);
                seen.AddRange(page.Items.Select(e => e.Id));
                cursor = page.NextCursor;
            }
            while (cursor is not null);

            // Ordered by start date then id: the decades-long one (1995), the year (2024-01-01), the month (2024-03-01) before the days.
            string[] ascending = ["evt_decade", "evt_year", "evt_d00", "evt_d04", "evt_d08", "evt_month", "evt_d01", "evt_d05", "evt_d09", "evt_d02", "evt_d06", "evt_d10", "evt_d03", "evt_d07", "evt_d11"];
            Assert.Equal(descending ? ascending.Reverse() : ascending, seen);
        }
        var counts = await events.CountByMonthAndTypeAsync(new EventQuery { From = new DateOnly(2024, 3, 1), To = new DateOnly(2024, 3, 31) }, Ct);
        Assert.Equal([new MonthTypeCount("1995-01", EventTypes.Meeting, 1), new MonthTypeCount("2024-01", EventTypes.Meeting, 1), new MonthTypeCount("2024-03", EventTypes.Meeting, 14)], counts);
        var candidates = await events.FindCandidatesAsync(EventTypes.Meeting, new DateOnly(2024, 6, 1), new DateOnly(2024, 6, 3), false, Ct);
        Assert.Equal(["evt_decade", "evt_year"], candidates.Select(e => e.Id));
    }

    [Fact]
    public async Task Answers_as_of_every_past_version_with_its_full_document_after_several_replacements()
    {
        var (events, _) = await OpenAsync();
        var t0 = Clock.Now;
        var versions = new List<TimelineEvent> { Event("evt_1", Day(2023, 10, 19), summary: "first") };
        await events.TryInsertAsync(versions[0], Ct);
        for (var v = 2; v <= 4; v++)
        {
            Clock.Now = t0.AddHours(v - 1);
            var next = versions[^1] with { Version = v, Summary = $"version {v}", Mentions = [.. versions[^1].Mentions, Mention($"m{v}", $"a{v}", "kcna.kp")] };
            Assert.True(await events.TryReplaceAsync(next, v - 1, Ct));
            versions.Add(next);
        }

        for (var v = 1; v <= 4; v++)
        {
            var page = await events.QueryAsync(new EventQuery { AsOf = t0.AddHours(v - 1).AddMinutes(30) }, Ct);
            Assert.Equal(JsonSerializer.Serialize(versions[v - 1]), JsonSerializer.Serialize(Assert.Single(page.Items)));
        }
        Assert.Equal(JsonSerializer.Serialize(versions[^1]), JsonSerializer.Serialize(await events.GetAsync("evt_1", Ct)));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
