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
    public async Task A_replacement_keeps_every_column_of_the_outgoing_version_row_and_stores_its_document_there()
    {
        var path = Path.Combine(_folder, "versions.db");
        var database = new SqliteDatabase(path);
        var events = new SqliteEventStore(database, Clock);
        var v1 = Event("evt_1", Month(2023, 10), location: "Moscow", participants: [Lavrov, Kim]);
        await events.TryInsertAsync(v1, Ct);
        var before = VersionRow(database, "evt_1", 1);

        Clock.Now = Clock.Now.AddHours(1);
        Assert.True(await events.TryReplaceAsync(v1 with { Version = 2, Date = Day(2023, 10, 19), Summary = "changed" }, 1, Ct));

        var after = VersionRow(database, "evt_1", 1);
        Assert.Equal("", before["doc"]);
        Assert.Equal(JsonSerializer.Serialize(v1, StorageJson.Options), after["doc"]);
        before.Remove("doc");
        after.Remove("doc");
        Assert.Equal(before, after);
    }

    private static Dictionary<string, object> VersionRow(SqliteDatabase database, string id, long version)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM event_versions WHERE event_id = $id AND version = $v";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$v", version);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetValue);
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
