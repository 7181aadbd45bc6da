using System.Text.Json;
using Timeline.Contracts;
using Microsoft.Data.Sqlite;
using Timeline.Storage.Outbox;
using Timeline.Storage.Sqlite;
using Timeline.Tests;
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
    public async Task A_save_that_breaks_a_constraint_fails_alone_in_its_commit_group()
    {
        var database = new SqliteDatabase(Path.Combine(_folder, "group.db"));
        var articles = new SqliteArticleStore(database);
        var reused = OutboxMessage.Create("ingestion", "ArticleAccepted", "{}", null, Clock.Now);
        await articles.SaveAsync(TestData.Article("art_first", "h_first", null), [reused], CancellationToken.None);

        // While another writer holds the file, sixteen saves queue up and then commit as one group; one of them carries
        // a message id already stored.
        var queued = 0;
        List<Task<ArticleSaveResult>> saves;
        using (database.WaitForWriterTurn(CancellationToken.None))
        {
            saves = [.. Enumerable.Range(0, 16).Select(n => Task.Run(() =>
            {
                var save = articles.SaveAsync(
                    TestData.Article($"art_{n}", $"h_{n}", null),
                    [n == 7 ? reused : OutboxMessage.Create("ingestion", "ArticleAccepted", "{}", null, Clock.Now)],
                    CancellationToken.None);
                Interlocked.Increment(ref queued);
                return save;
            }))];
            // All but the one committing (which waits for the writer's turn) have queued their save and returned.
            await Poller.UntilAsync("fifteen saves queued", () => Task.FromResult(Volatile.Read(ref queued) >= 15 ? "queued" : null), TimeSpan.FromSeconds(10));
        }

        await Assert.ThrowsAsync<SqliteException>(() => saves[7]);
        Assert.All(saves.Where((_, n) => n != 7), s => Assert.True(s.Result.Inserted));
        Assert.Null(await articles.GetAsync("art_7", CancellationToken.None));
        Assert.Equal(16, await articles.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Merge_commits_waiting_for_the_writer_share_one_transaction_and_a_conflicting_one_fails_alone()
    {
        var database = new SqliteDatabase(Path.Combine(_folder, "event-group.db"));
        var events = new SqliteEventStore(database, Clock);
        var outbox = new SqliteOutbox(database, Clock);
        var held = Mention("m_held", "a_held", "tass.ru");
        var story = Event("evt_story", Day(2023, 10, 19), mentions: [held]);
        Assert.True(await events.TryCommitAsync(new EventCommit
        {
            Inserts = [story],
            MentionChanges = new Dictionary<string, MentionChange> { ["evt_story"] = new MentionChange { Added = [held] } },
        }, Ct));
        var sizes = new List<int>();
        using var listener = GroupSizes(sizes);

        // While another writer holds the file, twelve merges queue: ten start events of their own, two replace the
        // same version of the story (only the first of them can win), and one claims a mention the story holds.
        EventCommit Commit(int n)
        {
            var mention = n == 11 ? held : Mention($"m_{n}", $"a_{n}", "kcna.kp");
            var message = OutboxMessage.Create("timeline", "TimelineEventCreated", $"{{\"n\":{n}}}", null, Clock.Now);
            var applied = new AppliedExtraction($"a_{n}", Clock.Now, $"f_{n}");
            return n is 9 or 10
                ? new EventCommit
                {
                    Replacements = [new EventReplacement(story with { Version = 2, Summary = $"story after {n}" }, 1)],
                    Applied = applied,
                    Messages = [message],
                }
                : new EventCommit
                {
                    Inserts = [Event($"evt_{n}", Day(2023, 11, 1 + n), mentions: [mention])],
                    MentionChanges = new Dictionary<string, MentionChange> { [$"evt_{n}"] = new MentionChange { Added = [mention] } },
                    Applied = applied,
                    Messages = [message],
                };
        }
        var queued = 0;
        List<Task<bool>> commits;
        using (database.WaitForWriterTurn(CancellationToken.None))
        {
            commits = [.. Enumerable.Range(0, 12).Select(n => Task.Run(() =>
            {
                var commit = events.TryCommitAsync(Commit(n), Ct);
                Interlocked.Increment(ref queued);
                return commit;
            }))];
            await Poller.UntilAsync("twelve commits queued", () => Task.FromResult(Volatile.Read(ref queued) >= 12 ? "queued" : null), TimeSpan.FromSeconds(10));
        }
        var results = await Task.WhenAll(commits);

        Assert.Contains(12, sizes);
        Assert.All(Enumerable.Range(0, 9), n => Assert.True(results[n], $"commit {n}"));
        Assert.False(results[11]);
        var winner = Assert.Single(new[] { 9, 10 }, n => results[n]);
        var loser = 19 - winner;
        Assert.Equal((2L, $"story after {winner}"), ((await events.GetAsync("evt_story", Ct))!.Version, (await events.GetAsync("evt_story", Ct))!.Summary));
        // Nothing of a commit that failed is kept: not its event, its applied extraction nor its message.
        Assert.Null(await events.GetAsync("evt_11", Ct));
        Assert.Null(await events.GetAppliedExtractionAsync("a_11", Ct));
        Assert.Null(await events.GetAppliedExtractionAsync($"a_{loser}", Ct));
        Assert.Equal(["evt_story"], (await events.FindByArticleAsync("a_held", Ct)).Select(e => e.Id));
        var expected = Enumerable.Range(0, 12).Where(n => results[n]).Select(n => $"{{\"n\":{n}}}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, (await outbox.PeekAsync("timeline", 50, Ct)).Select(m => m.Payload).Order(StringComparer.Ordinal));
        Assert.Equal(10, (await events.QueryAsync(new EventQuery { Limit = 50 }, Ct)).Items.Count);
    }

    [Fact]
    public async Task A_commit_group_span_links_the_trace_of_each_commit_and_runs_in_none_of_them()
    {
        var events = new SqliteEventStore(new SqliteDatabase(Path.Combine(_folder, "traced.db")), Clock);
        var groups = new List<System.Diagnostics.Activity>();
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = source => source.Name is "Timeline.Storage" or "Timeline.Storage.Tests",
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if (a.OperationName == "commit_group events")
                {
                    lock (groups)
                    {
                        groups.Add(a);
                    }
                }
            },
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);
        using var source = new System.Diagnostics.ActivitySource("Timeline.Storage.Tests");

        var traces = new List<System.Diagnostics.ActivityTraceId>();
        foreach (var n in new[] { 1, 2 })
        {
            using var merge = source.StartActivity("merge " + n)!;
            traces.Add(merge.TraceId);
            Assert.True(await events.TryInsertAsync(Event($"evt_{n}", Day(2023, 10, n)), Ct));
        }

        foreach (var trace in traces)
        {
            System.Diagnostics.Activity group;
            lock (groups)
            {
                group = Assert.Single(groups, g => g.Links.Any(l => l.Context.TraceId == trace));
            }
            Assert.NotEqual(trace, group.TraceId);
        }
    }

    private static System.Diagnostics.Metrics.MeterListener GroupSizes(List<int> sizes)
    {
        var listener = new System.Diagnostics.Metrics.MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Name == "timeline.storage.commit_group_size")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<int>((_, value, _, _) =>
        {
            lock (sizes)
            {
                sizes.Add(value);
            }
        });
        listener.Start();
        return listener;
    }

    [Fact]
    public async Task A_candidate_search_returns_the_version_another_writer_committed_not_the_one_this_store_wrote_or_tried()
    {
        var path = Path.Combine(_folder, "two-writers.db");
        var mine = new SqliteEventStore(new SqliteDatabase(path), Clock);
        var theirs = new SqliteEventStore(new SqliteDatabase(path), Clock);
        static EventTally Tally(int mentions) => new() { Mentions = mentions, Articles = mentions, Occurred = mentions };
        static Dictionary<string, MentionChange> Change(Mention added, int mentions) =>
            new() { ["evt_1"] = new MentionChange { Added = [added], Tally = Tally(mentions) } };
        var first = Mention("m1", "a1", "tass.ru");
        var created = Event("evt_1", Day(2023, 10, 19), mentions: [first]);
        Assert.True(await mine.TryCommitAsync(new EventCommit { Inserts = [created], MentionChanges = Change(first, 1) }, Ct));
        Assert.Equal("Putin met Kim Jong Un", Assert.Single(await Candidates(mine)).Summary);
        Assert.Equal(1, (await mine.GetTalliesAsync(["evt_1"], Ct))["evt_1"].Mentions);

        // The other writer moves the event to version 2; this store's own version 2 then loses the race.
        var second = Mention("m2", "a2", "kcna.kp");
        Assert.True(await theirs.TryCommitAsync(new EventCommit
        {
            Replacements = [new EventReplacement(created with { Version = 2, Summary = "their summary", Mentions = [first, second] }, 1)],
            MentionChanges = Change(second, 2),
        }, Ct));
        var third = Mention("m3", "a3", "yna.co.kr");
        Assert.False(await mine.TryCommitAsync(new EventCommit
        {
            Replacements = [new EventReplacement(created with { Version = 2, Summary = "my summary", Mentions = [first, third] }, 1)],
            MentionChanges = Change(third, 5),
        }, Ct));

        var found = Assert.Single(await Candidates(mine));
        Assert.Equal((2L, "their summary"), (found.Version, found.Summary));
        Assert.Equal(2, (await mine.GetTalliesAsync(["evt_1"], Ct))["evt_1"].Mentions);

        // Written whole by the other writer: the tally goes, and this store says so too.
        Assert.True(await theirs.TryReplaceAsync(found with { Version = 3, Summary = "written whole" }, 2, Ct));
        Assert.Equal("written whole", Assert.Single(await Candidates(mine)).Summary);
        Assert.Empty(await mine.GetTalliesAsync(["evt_1"], Ct));

        static Task<IReadOnlyList<TimelineEvent>> Candidates(IEventStore store) =>
            store.FindCandidatesAsync(EventTypes.Meeting, new DateOnly(2023, 10, 18), new DateOnly(2023, 10, 20), false, Ct);
    }

    [Fact]
    public void The_version_cache_keeps_the_events_in_use_and_forgets_the_oldest()
    {
        var cache = new EventVersionCache();
        var popular = Event("evt_popular", Day(2023, 10, 19));
        cache.KeepDocument(popular);
        cache.KeepTally("evt_popular", 1, null);
        for (var i = 0; i < 5 * EventVersionCache.MaxEvents; i++)
        {
            cache.KeepDocument(Event($"evt_{i}", Day(2023, 10, 19)));
            if (i % 500 == 0)
            {
                // In use all along: kept however many others come and go.
                Assert.Same(popular, cache.Document("evt_popular", 1));
            }
        }
        Assert.Same(popular, cache.Document("evt_popular", 1));
        Assert.Null(cache.Document("evt_popular", 2));
        Assert.Null(cache.Document("evt_0", 1));
        Assert.NotNull(cache.Document($"evt_{5 * EventVersionCache.MaxEvents - 1}", 1));
        // Its tally (none stored) was not used since, so it went with its generation: unknown, not "none".
        Assert.False(cache.TryGetTally("evt_popular", 1, out _));
    }

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

    [Fact]
    public async Task Opens_a_file_whose_events_held_every_mention_moving_them_to_their_own_rows()
    {
        var path = Path.Combine(_folder, "whole.db");
        var mentions = Enumerable.Range(0, 12).Select(i => Mention($"m{i:D2}", $"a{i:D2}", $"outlet{i % 3}.example")).ToList();
        var whole = Event("evt_1", Day(2024, 7, 10), mentions: mentions) with
        {
            History = [.. Enumerable.Range(0, 30).Select(i => new HistoryEntry(new DateTimeOffset(2024, 7, 10, 0, i, 0, TimeSpan.Zero), "mention added", i))],
        };
        // A file as builds before bounded events left it: the whole event in its document, keys only in event_mentions.
        var earlier = new SqliteDatabase(path);
        Assert.True(await new SqliteEventStore(earlier, Clock).TryInsertAsync(whole, Ct));
        earlier.Dispose();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            SqliteDatabase.Execute(connection, """
                DROP TABLE event_mentions;
                CREATE TABLE event_mentions (article_id TEXT NOT NULL, mention_id TEXT NOT NULL, event_id TEXT NOT NULL,
                    PRIMARY KEY (article_id, mention_id)) WITHOUT ROWID;
                ALTER TABLE events DROP COLUMN tally;
                """);
            foreach (var m in mentions)
            {
                SqliteDatabase.Execute(connection, $"INSERT INTO event_mentions VALUES ('{m.ArticleId}', '{m.MentionId}', 'evt_1')");
            }
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var events = new SqliteEventStore(new SqliteDatabase(path), Clock);

        var page = await events.GetMentionsAsync("evt_1", null, 50, Ct);
        Assert.Equal(mentions.Select(m => m.MentionId), page.Items.Select(m => m.MentionId).Order(StringComparer.Ordinal));
        Assert.Equal(JsonSerializer.Serialize(mentions[3], StorageJson.Options), JsonSerializer.Serialize(page.Items.Single(m => m.MentionId == "m03"), StorageJson.Options));
        var read = (await events.GetAsync("evt_1", Ct))!;
        Assert.Equal(MentionSample.MaxMentions, read.Mentions.Count);
        Assert.Equal(12, read.MentionCount);
        Assert.Equal(MentionSample.MaxHistory, read.History.Count);
        Assert.Equal(30, read.HistoryCount);
        Assert.Equal(["evt_1"], (await events.FindByArticleAsync("a07", Ct)).Select(e => e.Id));
        Assert.Empty(await events.GetTalliesAsync(["evt_1"], Ct));
        Assert.Equal(["evt_1"], (await events.QueryAsync(new EventQuery { Text = "Putin met Kim" }, Ct)).Items.Select(e => e.Id));
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
