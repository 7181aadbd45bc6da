using System.Text.Json;
using Timeline.Contracts;
using Timeline.Storage.Outbox;
using static Timeline.Storage.Tests.TestData;

namespace Timeline.Storage.Tests;

/// <summary>What every adapter of the store port must do; each adapter runs it through a subclass.</summary>
public abstract class StoreContract
{
    protected static readonly CancellationToken Ct = CancellationToken.None;

    protected ManualClock Clock { get; } = new(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>Fresh, empty stores (skips the test when the backend is not available).</summary>
    protected abstract Task<(IEventStore Events, IArticleStore Articles)> OpenAsync();

    /// <summary>The outbox on the same database as the stores <see cref="OpenAsync"/> returned.</summary>
    protected abstract IOutbox OpenOutbox();

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, JsonOptions);

    private static async Task<List<string>> Ids(IEventStore store, EventQuery query) =>
        [.. (await store.QueryAsync(query, Ct)).Items.Select(e => e.Id)];

    // ---------- events: writes ----------

    [Fact]
    public async Task Returns_an_inserted_event_exactly_as_stored()
    {
        var (events, _) = await OpenAsync();
        var e = Event("evt_1", Day(2023, 10, 19), location: "Pyongyang") with
        {
            DateDisagreements = ["2023-10-18 (1 mention)"],
            Mentions = [Mention("m1", "a1", "tass.ru") with { ExtractedDate = Day(2023, 10, 19), PublishedAt = new DateTimeOffset(2023, 10, 19, 9, 15, 0, TimeSpan.FromHours(3)) }],
        };

        Assert.True(await events.TryInsertAsync(e, Ct));

        Assert.Equal(Json(e), Json(await events.GetAsync("evt_1", Ct)));
        Assert.Null(await events.GetAsync("evt_missing", Ct));
    }

    [Fact]
    public async Task Refuses_a_second_insert_of_the_same_id()
    {
        var (events, _) = await OpenAsync();
        Assert.True(await events.TryInsertAsync(Event("evt_1", Day(2023, 10, 19)), Ct));

        Assert.False(await events.TryInsertAsync(Event("evt_1", Day(2024, 6, 19), summary: "other") with { Mentions = [Mention("m9", "a9", "kcna.kp")] }, Ct));

        Assert.Equal("Putin met Kim Jong Un", (await events.GetAsync("evt_1", Ct))!.Summary);
    }

    [Fact]
    public async Task Refuses_an_insert_whose_mention_already_supports_a_live_event()
    {
        var (events, _) = await OpenAsync();
        Assert.True(await events.TryInsertAsync(Event("evt_1", Day(2023, 10, 19), mentions: [Mention("m1", "a1", "tass.ru")]), Ct));

        Assert.False(await events.TryInsertAsync(Event("evt_2", Day(2023, 10, 19), mentions: [Mention("m1", "a1", "tass.ru")]), Ct));

        Assert.Null(await events.GetAsync("evt_2", Ct));
    }

    [Fact]
    public async Task Replaces_only_when_the_expected_version_is_current()
    {
        var (events, _) = await OpenAsync();
        var v1 = Event("evt_1", Month(2023, 10));
        await events.TryInsertAsync(v1, Ct);
        var v2 = v1 with { Version = 2, Date = Day(2023, 10, 19) };
        var staleV2 = v1 with { Version = 2, Summary = "stale writer" };

        Assert.True(await events.TryReplaceAsync(v2, 1, Ct));
        Assert.False(await events.TryReplaceAsync(staleV2, 1, Ct));

        var stored = await events.GetAsync("evt_1", Ct);
        Assert.Equal(2, stored!.Version);
        Assert.Equal("2023-10-19", stored.Date!.Value);
        Assert.False(await events.TryReplaceAsync(v1 with { Id = "evt_missing", Version = 2 }, 1, Ct));
    }

    [Fact]
    public async Task Queries_and_candidate_searches_follow_replacements_that_keep_or_change_the_date_and_status()
    {
        var (events, _) = await OpenAsync();
        var v1 = Event("evt_1", Month(2023, 10));
        await events.TryInsertAsync(v1, Ct);
        var october = new EventQuery { From = new DateOnly(2023, 10, 1), To = new DateOnly(2023, 10, 31) };
        var november = october with { From = new DateOnly(2023, 11, 1), To = new DateOnly(2023, 11, 30) };

        Assert.True(await events.TryReplaceAsync(v1 with { Version = 2, Summary = "same date" }, 1, Ct));
        Assert.False(await events.TryReplaceAsync(v1 with { Version = 2, Summary = "stale, same date" }, 1, Ct));
        Assert.Equal("same date", (await events.QueryAsync(october, Ct)).Items.Single().Summary);

        Assert.True(await events.TryReplaceAsync(v1 with { Version = 3, Date = Day(2023, 11, 5) }, 2, Ct));
        Assert.Empty(await Ids(events, october));
        Assert.Equal(["evt_1"], await Ids(events, november));
        Assert.Equal(["evt_1"], (await events.FindCandidatesAsync(EventTypes.Meeting, new DateOnly(2023, 11, 4), new DateOnly(2023, 11, 6), false, Ct)).Select(e => e.Id));
        Assert.Equal([new MonthTypeCount("2023-11", EventTypes.Meeting, 1)], await events.CountByMonthAndTypeAsync(new EventQuery(), Ct));

        Assert.True(await events.TryReplaceAsync(v1 with { Version = 4, Date = Day(2023, 11, 5), Status = EventStatuses.Retired, Mentions = [] }, 3, Ct));
        Assert.Empty(await Ids(events, november));
        Assert.Empty(await events.FindCandidatesAsync(EventTypes.Meeting, new DateOnly(2023, 11, 4), new DateOnly(2023, 11, 6), false, Ct));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Actor_country_and_article_lookups_follow_a_replacement_that_changes_participants_and_mentions(bool callerGivesTheReplacedState)
    {
        var (events, _) = await OpenAsync();
        var v1 = Event("evt_1", Day(2023, 10, 19), participants: [Lavrov, Kim], mentions: [Mention("m1", "a1", "tass.ru"), Mention("m2", "a2", "kcna.kp")]);
        await events.TryInsertAsync(v1, Ct);

        var shoigu = Shoigu with { Country = "BY" };
        var v2 = v1 with { Version = 2, Participants = [Putin, shoigu], Countries = ["RU"], Mentions = [Mention("m2", "a2", "kcna.kp"), Mention("m3", "a3", "tass.ru")] };
        Assert.True(await events.TryCommitAsync(new EventCommit { Replacements = [new EventReplacement(v2, 1) { Replaced = callerGivesTheReplacedState ? v1 : null }] }, Ct));

        Assert.Empty(await Ids(events, new EventQuery { ActorIds = [Lavrov.ActorId] }));
        Assert.Equal(["evt_1"], await Ids(events, new EventQuery { ActorIds = [Putin.ActorId, Shoigu.ActorId] }));
        Assert.Equal(["evt_1"], await Ids(events, new EventQuery { Countries = ["BY"] }));
        Assert.Empty(await Ids(events, new EventQuery { Countries = ["KP"] }));
        Assert.Empty(await events.FindByArticleAsync("a1", Ct));
        Assert.Equal(["evt_1"], (await events.FindByArticleAsync("a3", Ct)).Select(e => e.Id));
        // The mention the replacement dropped is free for another event again.
        Assert.True(await events.TryInsertAsync(Event("evt_2", Day(2023, 10, 20), mentions: [Mention("m1", "a1", "tass.ru")]), Ct));
    }

    [Fact]
    public async Task Refuses_a_replacement_whose_replaced_state_is_not_the_expected_version_of_the_event()
    {
        var (events, _) = await OpenAsync();
        var v1 = Event("evt_1", Day(2023, 10, 19));
        await events.TryInsertAsync(v1, Ct);

        await Assert.ThrowsAsync<ArgumentException>(() => events.TryCommitAsync(
            new EventCommit { Replacements = [new EventReplacement(v1 with { Version = 3 }, 2) { Replaced = v1 }] }, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => events.TryCommitAsync(
            new EventCommit { Replacements = [new EventReplacement(v1 with { Version = 2 }, 1) { Replaced = v1 with { Id = "evt_2" } }] }, Ct));
        Assert.Equal(1, (await events.GetAsync("evt_1", Ct))!.Version);
    }

    [Fact]
    public async Task Applies_a_commit_all_or_nothing()
    {
        var (events, _) = await OpenAsync();
        var a = Event("evt_a", Day(2023, 10, 19));
        await events.TryInsertAsync(a, Ct);
        var commit = new EventCommit
        {
            Inserts = [Event("evt_b", Day(2023, 10, 20), mentions: [Mention("mb", "ab", "kcna.kp")])],
            Replacements = [new EventReplacement(a with { Version = 3, Summary = "changed" }, ExpectedVersion: 2)],
        };

        Assert.False(await events.TryCommitAsync(commit, Ct));

        Assert.Null(await events.GetAsync("evt_b", Ct));
        Assert.Equal("Putin met Kim Jong Un", (await events.GetAsync("evt_a", Ct))!.Summary);
    }

    // ---------- outbox ----------

    private static OutboxMessage Message(string payload, DateTimeOffset at, string stream = "timeline") =>
        OutboxMessage.Create(stream, "TimelineEventCreated", payload, "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", at);

    [Fact]
    public async Task Keeps_a_commits_messages_in_write_order_until_they_are_removed()
    {
        var (events, _) = await OpenAsync();
        var outbox = OpenOutbox();
        var first = Message("{\"n\":1}", Clock.Now);
        var second = Message("{\"n\":2}", Clock.Now);
        var third = Message("{\"n\":3}", Clock.Now.AddSeconds(1));
        var elsewhere = Message("{\"n\":0}", Clock.Now, stream: "ingestion");

        Assert.True(await events.TryCommitAsync(new EventCommit { Inserts = [Event("evt_1", Day(2023, 10, 19))], Messages = [first, second, elsewhere] }, Ct));
        Assert.True(await events.TryCommitAsync(new EventCommit { Replacements = [new EventReplacement(Event("evt_1", Day(2023, 10, 19)) with { Version = 2 }, 1)], Messages = [third] }, Ct));

        var waiting = await outbox.PeekAsync("timeline", 10, Ct);
        Assert.Equal([first, second, third], waiting);
        Assert.Equal(3, await outbox.CountAsync("timeline", Ct));
        Assert.Equal([first], await outbox.PeekAsync("timeline", 1, Ct));

        await outbox.RemoveAsync([first.Id, second.Id, "not-there"], Ct);

        Assert.Equal([third], await outbox.PeekAsync("timeline", 10, Ct));
        Assert.Equal([elsewhere], await outbox.PeekAsync("ingestion", 10, Ct));
    }

    [Fact]
    public async Task A_commit_that_fails_stores_none_of_its_messages()
    {
        var (events, _) = await OpenAsync();
        var outbox = OpenOutbox();
        await events.TryInsertAsync(Event("evt_a", Day(2023, 10, 19)), Ct);

        var stale = new EventCommit
        {
            Replacements = [new EventReplacement(Event("evt_a", Day(2023, 10, 19)) with { Version = 3 }, ExpectedVersion: 2)],
            Messages = [Message("{}", Clock.Now)],
        };

        Assert.False(await events.TryCommitAsync(stale, Ct));
        Assert.Equal(0, await outbox.CountAsync("timeline", Ct));
    }

    [Fact]
    public async Task Gives_a_streams_lease_to_one_owner_until_it_runs_out()
    {
        await OpenAsync();
        var outbox = OpenOutbox();
        var lease = TimeSpan.FromSeconds(30);

        Assert.True(await outbox.TryAcquireLeaseAsync("timeline", "a", lease, Ct));
        Assert.False(await outbox.TryAcquireLeaseAsync("timeline", "b", lease, Ct));
        Assert.True(await outbox.TryAcquireLeaseAsync("ingestion", "b", lease, Ct));
        Clock.Now = Clock.Now.AddSeconds(20);
        Assert.True(await outbox.TryAcquireLeaseAsync("timeline", "a", lease, Ct)); // renewed until +50 s
        Clock.Now = Clock.Now.AddSeconds(20);
        Assert.False(await outbox.TryAcquireLeaseAsync("timeline", "b", lease, Ct));
        Clock.Now = Clock.Now.AddSeconds(11);

        Assert.True(await outbox.TryAcquireLeaseAsync("timeline", "b", lease, Ct));
        Assert.False(await outbox.TryAcquireLeaseAsync("timeline", "a", lease, Ct));
    }

    [Fact]
    public async Task Stores_an_articles_messages_only_when_the_article_is_stored()
    {
        var (_, articles) = await OpenAsync();
        var outbox = OpenOutbox();
        var accepted = Message("{\"articleId\":\"art_1\"}", Clock.Now, stream: "ingestion");

        Assert.True((await articles.SaveAsync(Article("art_1", "hash1", "https://tass.ru/1"), [accepted], Ct)).Inserted);
        Assert.False((await articles.SaveAsync(Article("art_2", "hash1", null), [Message("{}", Clock.Now, stream: "ingestion")], Ct)).Inserted);

        Assert.Equal([accepted], await outbox.PeekAsync("ingestion", 10, Ct));
    }

    [Fact]
    public async Task Moves_mentions_between_events_within_one_commit()
    {
        var (events, _) = await OpenAsync();
        var a = Event("evt_a", Day(2023, 10, 19), mentions: [Mention("m1", "a1", "tass.ru")]);
        var b = Event("evt_b", Day(2023, 10, 19), mentions: [Mention("m2", "a2", "kcna.kp")]);
        await events.TryInsertAsync(a, Ct);
        await events.TryInsertAsync(b, Ct);

        var merged = await events.TryCommitAsync(new EventCommit
        {
            Replacements =
            [
                new EventReplacement(a with { Version = 2, Mentions = [.. a.Mentions, .. b.Mentions], SourceCount = 2, ArticleCount = 2 }, 1),
                new EventReplacement(b with { Version = 2, Status = EventStatuses.Retired, MergedInto = "evt_a", Mentions = [] }, 1),
            ],
        }, Ct);

        Assert.True(merged);
        Assert.Equal(["evt_a"], (await events.FindByArticleAsync("a2", Ct)).Select(e => e.Id));
        Assert.Equal("evt_a", (await events.GetAsync("evt_b", Ct))!.MergedInto);
        Assert.Equal(["evt_a"], await Ids(events, new EventQuery()));
    }

    [Fact]
    public async Task Fences_start_at_zero_and_a_commit_with_a_stale_fence_fails()
    {
        var (events, _) = await OpenAsync();
        var read = await events.GetFencesAsync(["meeting|2023-10", "meeting|2023-11"], Ct);
        Assert.All(read.Values, v => Assert.Equal(0, v));

        Assert.True(await events.TryCommitAsync(new EventCommit { Inserts = [Event("evt_1", Day(2023, 10, 19))], Fences = read }, Ct));
        // A second writer that read the fences before the first one committed must not insert its own event.
        Assert.False(await events.TryCommitAsync(new EventCommit { Inserts = [Event("evt_2", Day(2023, 10, 19))], Fences = read }, Ct));

        var reread = await events.GetFencesAsync(["meeting|2023-10", "meeting|2023-11"], Ct);
        Assert.Equal(1, reread["meeting|2023-10"]);
        Assert.True(await events.TryCommitAsync(new EventCommit { Inserts = [Event("evt_2", Day(2023, 10, 19))], Fences = reread }, Ct));
        Assert.Equal(2, (await events.GetFencesAsync(["meeting|2023-10"], Ct))["meeting|2023-10"]);
    }

    [Fact]
    public async Task Sets_the_applied_extraction_only_against_the_expected_previous_one()
    {
        var (events, _) = await OpenAsync();
        var first = new AppliedExtraction("a1", new DateTimeOffset(2024, 1, 1, 10, 0, 0, TimeSpan.FromHours(3)), "fp1");
        var second = new AppliedExtraction("a1", new DateTimeOffset(2024, 1, 2, 10, 0, 0, TimeSpan.Zero), "fp2");
        Assert.Null(await events.GetAppliedExtractionAsync("a1", Ct));

        Assert.True(await events.TrySetAppliedExtractionAsync(first, null, Ct));
        Assert.False(await events.TrySetAppliedExtractionAsync(second, null, Ct));
        Assert.False(await events.TrySetAppliedExtractionAsync(second, first with { Fingerprint = "other" }, Ct));
        Assert.Equal(first, await events.GetAppliedExtractionAsync("a1", Ct));

        Assert.True(await events.TrySetAppliedExtractionAsync(second, first, Ct));
        Assert.Equal(second, await events.GetAppliedExtractionAsync("a1", Ct));
        Assert.False(await events.TrySetAppliedExtractionAsync(first, first, Ct));
    }

    [Fact]
    public async Task Finds_merge_candidates_by_type_and_overlapping_dates_only_among_live_events()
    {
        var (events, _) = await OpenAsync();
        await events.TryInsertAsync(Event("evt_day", Day(2023, 10, 19)), Ct);
        await events.TryInsertAsync(Event("evt_month", Month(2023, 10)), Ct);
        await events.TryInsertAsync(Event("evt_nov", Day(2023, 11, 5)), Ct);
        await events.TryInsertAsync(Event("evt_visit", Day(2023, 10, 19), type: EventTypes.Visit), Ct);
        await events.TryInsertAsync(Event("evt_undated", null), Ct);
        await events.TryInsertAsync(Event("evt_year", new EventDate("2023", DatePrecisions.Year, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31))), Ct);
        await events.TryInsertAsync(Event("evt_old_year", new EventDate("2022", DatePrecisions.Year, new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31))), Ct);
        await events.TryInsertAsync(Event("evt_retired", Day(2023, 10, 19), status: EventStatuses.Retired, mentions: []), Ct);

        var near = await events.FindCandidatesAsync(EventTypes.Meeting, new DateOnly(2023, 10, 17), new DateOnly(2023, 10, 21), false, Ct);
        var withUndated = await events.FindCandidatesAsync(EventTypes.Meeting, new DateOnly(2023, 10, 1), new DateOnly(2023, 10, 31), true, Ct);

        Assert.Equal(["evt_day", "evt_month", "evt_year"], near.Select(e => e.Id).Order());
        Assert.Equal(["evt_day", "evt_month", "evt_undated", "evt_year"], withUndated.Select(e => e.Id).Order());
    }

    [Fact]
    public async Task Narrows_merge_candidates_to_those_whose_actor_ids_the_filter_accepts()
    {
        var (events, _) = await OpenAsync();
        var nameless = new Participant(" ", "Unnamed", ParticipantRoles.Actor, "RU");
        await events.TryInsertAsync(Event("evt_putin_kim", Day(2023, 10, 19), participants: [Putin, Kim]), Ct);
        await events.TryInsertAsync(Event("evt_lavrov", Day(2023, 10, 19), participants: [Lavrov, nameless, Lavrov]), Ct);
        await events.TryInsertAsync(Event("evt_nobody", Day(2023, 10, 20), participants: []), Ct);
        var seen = new List<string>();

        var found = await events.FindCandidatesAsync(EventTypes.Meeting, new DateOnly(2023, 10, 17), new DateOnly(2023, 10, 21), false, ids =>
        {
            seen.Add(string.Join(",", ids));
            return ids.Count == 0 || ids.Contains(Kim.ActorId);
        }, Ct);

        // The filter sees each candidate's actor ids as the index fields hold them: distinct, ordinal order, no blanks.
        Assert.Equal(["", "Q56226,Q7747", "Q81063"], seen.Order(StringComparer.Ordinal));
        Assert.Equal(["evt_nobody", "evt_putin_kim"], found.Select(e => e.Id).Order());
        Assert.Equal(Json(Event("evt_putin_kim", Day(2023, 10, 19), participants: [Putin, Kim])), Json(found.Single(e => e.Id == "evt_putin_kim")));
    }

    [Fact]
    public async Task Finds_the_live_events_an_article_supports()
    {
        var (events, _) = await OpenAsync();
        await events.TryInsertAsync(Event("evt_1", Day(2023, 10, 19), mentions: [Mention("m1", "a1", "tass.ru"), Mention("m2", "a2", "kcna.kp")]), Ct);
        await events.TryInsertAsync(Event("evt_2", Day(2023, 11, 19), mentions: [Mention("m3", "a1", "tass.ru")]), Ct);
        await events.TryInsertAsync(Event("evt_3", Day(2023, 12, 19), mentions: [Mention("m4", "a3", "tass.ru")]), Ct);

        Assert.Equal(["evt_1", "evt_2"], (await events.FindByArticleAsync("a1", Ct)).Select(e => e.Id).Order());
        Assert.Empty(await events.FindByArticleAsync("a9", Ct));
    }

    // ---------- events: read side ----------

    private static async Task<IEventStore> SeedQueryEvents(IEventStore events)
    {
        Participant[] putinKim = [Putin, Kim];
        Participant[] lavrovKim = [Lavrov, Kim];
        await events.TryInsertAsync(Event("evt_1", Day(2023, 9, 13), participants: putinKim, location: "Vostochny Cosmodrome",
            mentions: [Mention("m1", "a1", "tass.ru"), Mention("m1b", "a1b", "kcna.kp"), Mention("m1c", "a1c", "aljazeera.net")]), Ct);
        await events.TryInsertAsync(Event("evt_2", Day(2023, 10, 19), participants: lavrovKim, location: "Pyongyang", summary: "Lavrov met Kim Jong Un",
            mentions: [Mention("m2", "a2", "aljazeera.net", "التقى وزير الخارجية الروسي لافروف بالزعيم كيم في بيونغيانغ")]), Ct);
        await events.TryInsertAsync(Event("evt_3", Month(2024, 6), type: EventTypes.Agreement, participants: putinKim, location: "Pyongyang",
            summary: "Comprehensive strategic partnership treaty signed", mentions: [Mention("m3", "a3", "tass.ru"), Mention("m3b", "a3b", "yonhap.co.kr")]), Ct);
        await events.TryInsertAsync(Event("evt_4", Day(2024, 11, 2), type: EventTypes.Visit, status: Modalities.Planned,
            participants: [new Participant("Q9999", "Choe Son Hui", ParticipantRoles.Actor, "KP")], summary: "Choe Son Hui to visit Moscow"), Ct);
        await events.TryInsertAsync(Event("evt_5", null, type: EventTypes.Statement, participants: [Shoigu]) with { Countries = ["RU"] }, Ct);
        await events.TryInsertAsync(Event("evt_6", Day(2023, 10, 19), status: EventStatuses.Retired, mentions: []) with { MergedInto = "evt_2" }, Ct);
        return events;
    }

    [Fact]
    public async Task Orders_by_date_with_undated_last_and_hides_retired_events_by_default()
    {
        var (events, _) = await OpenAsync();
        await SeedQueryEvents(events);

        Assert.Equal(["evt_1", "evt_2", "evt_3", "evt_4", "evt_5"], await Ids(events, new EventQuery()));
        Assert.Equal(["evt_5", "evt_4", "evt_3", "evt_2", "evt_1"], await Ids(events, new EventQuery { Descending = true }));
        Assert.Equal(["evt_6"], await Ids(events, new EventQuery { Statuses = [EventStatuses.Retired] }));
        Assert.Equal(["evt_4"], await Ids(events, new EventQuery { Statuses = [Modalities.Planned] }));
    }

    [Fact]
    public async Task Filters_by_date_range_on_overlap()
    {
        var (events, _) = await OpenAsync();
        await SeedQueryEvents(events);

        Assert.Equal(["evt_2", "evt_3"], await Ids(events, new EventQuery { From = new DateOnly(2023, 10, 1), To = new DateOnly(2024, 6, 10) }));
        Assert.Equal(["evt_3", "evt_4"], await Ids(events, new EventQuery { From = new DateOnly(2024, 6, 30) }));
        Assert.Equal(["evt_1"], await Ids(events, new EventQuery { To = new DateOnly(2023, 9, 13) }));
    }

    [Fact]
    public async Task Filters_by_actors_requiring_every_one()
    {
        var (events, _) = await OpenAsync();
        await SeedQueryEvents(events);

        Assert.Equal(["evt_1", "evt_2", "evt_3"], await Ids(events, new EventQuery { ActorIds = [Kim.ActorId] }));
        Assert.Equal(["evt_1", "evt_3"], await Ids(events, new EventQuery { ActorIds = [Putin.ActorId, Kim.ActorId] }));
        Assert.Empty(await Ids(events, new EventQuery { ActorIds = [Putin.ActorId, Lavrov.ActorId] }));
    }

    [Fact]
    public async Task Filters_by_countries_types_location_sources_and_text()
    {
        var (events, _) = await OpenAsync();
        await SeedQueryEvents(events);

        Assert.Equal(["evt_5"], await Ids(events, new EventQuery { Countries = ["ru"], Types = [EventTypes.Statement] }));
        Assert.Equal(["evt_1", "evt_2", "evt_3", "evt_4"], await Ids(events, new EventQuery { Countries = ["RU", "KP"] }));
        Assert.Equal(["evt_3", "evt_4"], await Ids(events, new EventQuery { Types = [EventTypes.Agreement, EventTypes.Visit] }));
        Assert.Equal(["evt_2", "evt_3"], await Ids(events, new EventQuery { Location = "  pyongyang" }));
        Assert.Equal(["evt_1", "evt_3"], await Ids(events, new EventQuery { MinSources = 2 }));
        Assert.Equal(["evt_3"], await Ids(events, new EventQuery { Text = "STRATEGIC treaty" }));
        // Hamza and ta marbuta variants fold to one form: "الزعيم كيم" matches, and so does "لافروف" written with alef variants.
        Assert.Equal(["evt_2"], await Ids(events, new EventQuery { Text = "بالزعيم كيم" }));
        Assert.Equal(["evt_2"], await Ids(events, new EventQuery { Text = "بيونغيانغ الخارجيّة" }));
        Assert.Empty(await Ids(events, new EventQuery { Text = "Seoul" }));
    }

    [Fact]
    public async Task Pages_with_a_cursor_without_gaps_or_repeats()
    {
        var (events, _) = await OpenAsync();
        for (var i = 0; i < 23; i++)
        {
            // Several events per day, so paging must break ties on id.
            await events.TryInsertAsync(Event($"evt_{i:D2}", Day(2024, 1, 1 + (i % 5)), mentions: [Mention($"m{i}", $"a{i}", "tass.ru")]), Ct);
        }
        foreach (var descending in new[] { false, true })
        {
            var seen = new List<string>();
            string? cursor = null;
            var pages = 0;
            do
            {
                var page = await events.QueryAsync(new EventQuery { Limit = 5, Cursor = cursor, Descending = descending }, Ct);
                seen.AddRange(page.Items.Select(e => e.Id));
                cursor = page.NextCursor;
                pages++;
            }
            while (cursor is not null);

            var expected = await Ids(events, new EventQuery { Limit = 100, Descending = descending });
            Assert.Equal(expected, seen);
            Assert.Equal(23, seen.Distinct().Count());
            Assert.Equal(5, pages);
        }
    }

    [Fact]
    public async Task Rejects_a_cursor_it_did_not_issue()
    {
        var (events, _) = await OpenAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => events.QueryAsync(new EventQuery { Cursor = "not-a-cursor!" }, Ct));
    }

    [Fact]
    public async Task Answers_as_of_a_moment_with_each_events_latest_version_then()
    {
        var (events, _) = await OpenAsync();
        var t0 = Clock.Now;
        Clock.Now = t0.AddHours(1);
        var v1 = Event("evt_1", Month(2023, 10), status: Modalities.Planned, participants: [Lavrov, Kim], location: "Pyongyang");
        await events.TryInsertAsync(v1, Ct);
        Clock.Now = t0.AddHours(2);
        await events.TryReplaceAsync(v1 with { Version = 2, Status = Modalities.Occurred, Date = Day(2023, 10, 19), Participants = [Putin, Kim] }, 1, Ct);
        Clock.Now = t0.AddHours(3);
        await events.TryInsertAsync(Event("evt_2", Day(2024, 6, 19), mentions: [Mention("m2", "a2", "tass.ru")]), Ct);

        Assert.Empty(await Ids(events, new EventQuery { AsOf = t0 }));
        var before = (await events.QueryAsync(new EventQuery { AsOf = t0.AddMinutes(90) }, Ct)).Items;
        Assert.Equal(Json(v1), Json(Assert.Single(before)));
        Assert.Equal(["evt_1"], await Ids(events, new EventQuery { AsOf = t0.AddMinutes(90), ActorIds = [Lavrov.ActorId], Statuses = [Modalities.Planned] }));
        Assert.Empty(await Ids(events, new EventQuery { AsOf = t0.AddMinutes(90), ActorIds = [Putin.ActorId] }));
        Assert.Equal(["evt_1"], await Ids(events, new EventQuery { AsOf = t0.AddHours(2), ActorIds = [Putin.ActorId], From = new DateOnly(2023, 10, 19), To = new DateOnly(2023, 10, 19) }));
        Assert.Equal(["evt_1", "evt_2"], await Ids(events, new EventQuery { AsOf = t0.AddHours(5) }));
        Assert.Equal([new MonthTypeCount("2023-10", EventTypes.Meeting, 1)], await events.CountByMonthAndTypeAsync(new EventQuery { AsOf = t0.AddMinutes(90) }, Ct));
        // Every filter reads the version in force at the moment, whichever table holds it.
        var everyFilter = new EventQuery
        {
            AsOf = t0.AddMinutes(90), Types = [EventTypes.Meeting], Statuses = [Modalities.Planned], Countries = ["KP"], ActorIds = [Lavrov.ActorId],
            Location = "Pyongyang", MinSources = 1, Text = "Kim", From = new DateOnly(2023, 10, 1), To = new DateOnly(2023, 10, 31),
        };
        Assert.Equal(["evt_1"], await Ids(events, everyFilter));
        Assert.Equal([new MonthTypeCount("2023-10", EventTypes.Meeting, 1)], await events.CountByMonthAndTypeAsync(everyFilter, Ct));
        Assert.Empty(await Ids(events, everyFilter with { MinSources = 2 }));
    }

    [Fact]
    public async Task Counts_events_by_month_and_type()
    {
        var (events, _) = await OpenAsync();
        await SeedQueryEvents(events);

        var counts = await events.CountByMonthAndTypeAsync(new EventQuery { Limit = 1 }, Ct);

        Assert.Equal(
            [
                new MonthTypeCount("2023-09", EventTypes.Meeting, 1),
                new MonthTypeCount("2023-10", EventTypes.Meeting, 1),
                new MonthTypeCount("2024-06", EventTypes.Agreement, 1),
                new MonthTypeCount("2024-11", EventTypes.Visit, 1),
                new MonthTypeCount("undated", EventTypes.Statement, 1),
            ],
            counts);
        Assert.Equal([new MonthTypeCount("2023-09", EventTypes.Meeting, 1), new MonthTypeCount("2024-06", EventTypes.Agreement, 1)],
            await events.CountByMonthAndTypeAsync(new EventQuery { ActorIds = [Putin.ActorId] }, Ct));
    }

    // ---------- articles ----------

    [Fact]
    public async Task Stores_an_article_and_returns_it_unchanged()
    {
        var (_, articles) = await OpenAsync();
        var a = Article("art_1", "hash1", "https://tass.ru/1", fingerprint: 0xFFFF_0000_ABCD_1234);

        var result = await articles.SaveAsync(a, [], Ct);

        Assert.Equal(new ArticleSaveResult(true, "art_1", null), result);
        Assert.Equal(Json(a), Json(await articles.GetAsync("art_1", Ct)));
        Assert.Null(await articles.GetAsync("art_missing", Ct));
        Assert.Equal(1, await articles.CountAsync(Ct));
    }

    [Fact]
    public async Task Deduplicates_articles_by_content_hash_and_by_url()
    {
        var (_, articles) = await OpenAsync();
        await articles.SaveAsync(Article("art_1", "hash1", "https://tass.ru/1"), [], Ct);

        var sameText = await articles.SaveAsync(Article("art_2", "hash1", "https://kcna.kp/2"), [], Ct);
        var sameUrl = await articles.SaveAsync(Article("art_3", "hash3", "https://tass.ru/1"), [], Ct);
        var noUrl1 = await articles.SaveAsync(Article("art_4", "hash4", null), [], Ct);
        var noUrl2 = await articles.SaveAsync(Article("art_5", "hash5", null), [], Ct);

        Assert.Equal(new ArticleSaveResult(false, "art_1", "content"), sameText);
        Assert.Equal(new ArticleSaveResult(false, "art_1", "url"), sameUrl);
        Assert.True(noUrl1.Inserted);
        Assert.True(noUrl2.Inserted);
        Assert.Equal(3, await articles.CountAsync(Ct));
        Assert.Equal("Body of art_1", (await articles.GetAsync("art_1", Ct))!.Body);
    }

    [Fact]
    public async Task Concurrent_saves_store_each_article_once_with_its_message()
    {
        var (_, articles) = await OpenAsync();
        var outbox = OpenOutbox();
        // Eight articles, each sent three times at once (a client retrying, or the same wire copy from two feeds).
        var saves = Enumerable.Range(0, 24).Select(n => Task.Run(() =>
        {
            var id = $"art_{n % 8}";
            return articles.SaveAsync(Article(id, "h" + (n % 8), null), [Message($"{{\"article\":\"{id}\"}}", Clock.Now, stream: "ingestion")], Ct);
        })).ToList();
        var results = await Task.WhenAll(saves);

        Assert.Equal(8, results.Count(r => r.Inserted));
        Assert.Equal(8, results.Where(r => r.Inserted).Select(r => r.ArticleId).Distinct().Count());
        Assert.All(results.Where(r => !r.Inserted), r => Assert.Equal("content", r.DuplicateOf));
        Assert.Equal(8, await articles.CountAsync(Ct));
        var waiting = await outbox.PeekAsync("ingestion", 100, Ct);
        Assert.Equal(8, waiting.Count);
        Assert.Equal(8, waiting.Select(m => m.Payload).Distinct().Count());
    }

    [Fact]
    public async Task Finds_near_duplicate_candidates_sharing_a_fingerprint_band()
    {
        var (_, articles) = await OpenAsync();
        await articles.SaveAsync(Article("art_1", "h1", null, fingerprint: 0xAAAA_BBBB_CCCC_DDDD), [], Ct);
        await articles.SaveAsync(Article("art_2", "h2", null, fingerprint: 0x0000_0000_0000_DDDD), [], Ct);
        await articles.SaveAsync(Article("art_3", "h3", null, fingerprint: 0xAAAA_0000_0000_0000), [], Ct);
        await articles.SaveAsync(Article("art_4", "h4", null, fingerprint: 0x1234_5678_9ABC_EF01), [], Ct);
        // Same 16 bits in a different band position is not a shared band.
        await articles.SaveAsync(Article("art_5", "h5", null, fingerprint: 0xDDDD_3333_4444_5555), [], Ct);

        var found = await articles.FindFingerprintCandidatesAsync(0xAAAA_1111_2222_DDDD, 10, Ct);

        Assert.Equal(["art_1", "art_2", "art_3"], found.Select(a => a.Id).Order());
        // Each candidate carries what comparing needs: its whole fingerprint and its content hash.
        Assert.Equal(new FingerprintCandidate("art_1", "h1", 0xAAAA_BBBB_CCCC_DDDD), found.Single(a => a.Id == "art_1"));
        Assert.Equal(new FingerprintCandidate("art_3", "h3", 0xAAAA_0000_0000_0000), found.Single(a => a.Id == "art_3"));
        Assert.Single(await articles.FindFingerprintCandidatesAsync(0xAAAA_1111_2222_DDDD, 1, Ct));
    }

    [Fact]
    public async Task Lists_articles_in_acceptance_order()
    {
        var (_, articles) = await OpenAsync();
        var t = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 450; i++)
        {
            // Inserted newest first, so the order must come from the acceptance time, not insertion.
            await articles.SaveAsync(Article($"art_{i:D3}", $"h{i}", null, acceptedAt: t.AddMinutes(-i)), [], Ct);
        }

        var listed = new List<string>();
        await foreach (var a in articles.ListAsync(Ct))
        {
            listed.Add(a.Id);
        }

        Assert.Equal(Enumerable.Range(0, 450).Reverse().Select(i => $"art_{i:D3}"), listed);
    }

    // ---------- cases each adapter once got wrong ----------

    private static EventDate Decade() => new("2010-2024", DatePrecisions.Year, new DateOnly(2010, 1, 1), new DateOnly(2024, 12, 31));

    [Fact]
    public async Task Keeps_the_order_of_many_messages_written_in_one_commit_at_one_moment()
    {
        var (events, _) = await OpenAsync();
        var outbox = OpenOutbox();
        // One moment for all: time-ordered ids alone would leave them in random order.
        var messages = Enumerable.Range(0, 20).Select(i => Message($"{{\"n\":{i}}}", Clock.Now)).ToList();

        Assert.True(await events.TryCommitAsync(new EventCommit { Inserts = [Event("evt_1", Day(2023, 10, 19))], Messages = messages }, Ct));

        Assert.Equal(messages, await outbox.PeekAsync("timeline", 50, Ct));
    }

    [Fact]
    public async Task Keeps_a_messages_time_to_the_tick()
    {
        var (events, _) = await OpenAsync();
        var outbox = OpenOutbox();
        var message = Message("{}", Clock.Now.AddTicks(1234567).ToOffset(TimeSpan.FromHours(3)));

        Assert.True(await events.TryCommitAsync(new EventCommit { Messages = [message] }, Ct));

        Assert.Equal(message.CreatedAt.UtcTicks, Assert.Single(await outbox.PeekAsync("timeline", 10, Ct)).CreatedAt.UtcTicks);
    }

    [Fact]
    public async Task Refuses_a_commit_whose_message_id_is_already_waiting_and_keeps_the_waiting_message()
    {
        var (events, _) = await OpenAsync();
        var outbox = OpenOutbox();
        var waiting = Message("{\"n\":1}", Clock.Now);
        Assert.True(await events.TryCommitAsync(new EventCommit { Messages = [waiting] }, Ct));

        var repeat = waiting with { Payload = "{\"n\":2}" };
        Assert.False(await events.TryCommitAsync(new EventCommit { Inserts = [Event("evt_2", Day(2023, 10, 19))], Messages = [repeat] }, Ct));

        Assert.Equal([waiting], await outbox.PeekAsync("timeline", 10, Ct));
        Assert.Null(await events.GetAsync("evt_2", Ct));
    }

    [Fact]
    public async Task Refuses_an_applied_marker_expected_for_another_article()
    {
        var (events, _) = await OpenAsync();
        var first = new AppliedExtraction("art_1", Clock.Now, "f1");
        Assert.True(await events.TrySetAppliedExtractionAsync(first, null, Ct));

        await Assert.ThrowsAnyAsync<ArgumentException>(() => events.TrySetAppliedExtractionAsync(new AppliedExtraction("art_2", Clock.Now, "f2"), first, Ct));

        Assert.Equal(first, await events.GetAppliedExtractionAsync("art_1", Ct));
        Assert.Null(await events.GetAppliedExtractionAsync("art_2", Ct));
    }

    [Fact]
    public async Task Finds_a_merge_candidate_spanning_more_than_ten_years()
    {
        var (events, _) = await OpenAsync();
        await events.TryInsertAsync(Event("evt_decade", Decade()), Ct);

        var found = await events.FindCandidatesAsync(EventTypes.Meeting, new DateOnly(2024, 6, 18), new DateOnly(2024, 6, 20), false, Ct);

        Assert.Equal(["evt_decade"], found.Select(e => e.Id));
    }

    [Fact]
    public async Task A_date_range_finds_an_event_spanning_more_than_ten_years_now_and_as_of_then()
    {
        var (events, _) = await OpenAsync();
        await events.TryInsertAsync(Event("evt_decade", Decade()), Ct);
        await events.TryInsertAsync(Event("evt_2009", Day(2009, 6, 1)), Ct);
        var june2024 = new EventQuery { From = new DateOnly(2024, 6, 1), To = new DateOnly(2024, 6, 30) };

        Assert.Equal(["evt_decade"], await Ids(events, june2024));
        Assert.Equal(["evt_decade"], await Ids(events, june2024 with { AsOf = Clock.Now }));
        Assert.Equal([new MonthTypeCount("2010-01", EventTypes.Meeting, 1)], await events.CountByMonthAndTypeAsync(june2024, Ct));
    }

    [Fact]
    public async Task Free_text_with_pattern_characters_matches_them_literally()
    {
        var (events, _) = await OpenAsync();
        await events.TryInsertAsync(Event("evt_slash", Day(2023, 10, 19), summary: "Talks on rail/abc links"), Ct);
        await events.TryInsertAsync(Event("evt_plain", Day(2023, 10, 20), summary: "Talks on rail abc links"), Ct);

        Assert.Equal(["evt_slash"], await Ids(events, new EventQuery { Text = "/abc" }));
        Assert.Empty(await Ids(events, new EventQuery { Text = "rail.abc" }));
        Assert.Empty(await Ids(events, new EventQuery { Text = "(abc" }));
    }

    // ---------- reads across precisions and versions ----------

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

    // ---------- mentions stored on their own ----------

    private static List<Mention> Reports(string prefix, int count, string sentence = "The ministers met.") =>
        [.. Enumerable.Range(0, count).Select(i => Mention($"{prefix}{i:D2}", $"{prefix}-a{i:D2}", $"outlet{i % 4}.example", sentence) with
        {
            // Every fifth has no publication time: those come last.
            PublishedAt = i % 5 == 4 ? null : new DateTimeOffset(2024, 7, 10, 8, 0, 0, TimeSpan.Zero).AddMinutes(i),
        })];

    /// <summary>An event carrying a sample of <paramref name="all"/>, whose mentions are given as a change (as the merger writes it).</summary>
    private static (TimelineEvent Event, MentionChange Change) Sampled(string id, List<Mention> all, EventTally? tally = null) =>
        (Event(id, Day(2024, 7, 10), mentions: MentionSample.Choose(all, null)) with { MentionCount = all.Count }, new MentionChange { Added = all, Tally = tally });

    private static async Task<List<Mention>> AllMentions(IEventStore store, string id, int limit)
    {
        var all = new List<Mention>();
        string? cursor = null;
        do
        {
            var page = await store.GetMentionsAsync(id, cursor, limit, Ct);
            Assert.InRange(page.Items.Count, 0, limit);
            all.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null && all.Count < 1000);
        return all;
    }

    [Fact]
    public async Task Pages_an_events_mentions_in_report_order_each_once_with_an_opaque_cursor()
    {
        var (events, _) = await OpenAsync();
        var all = Reports("m", 23);
        var (e, change) = Sampled("evt_1", all);
        Assert.True(await events.TryCommitAsync(new EventCommit { Inserts = [e], MentionChanges = new Dictionary<string, MentionChange> { ["evt_1"] = change } }, Ct));

        var paged = await AllMentions(events, "evt_1", 5);

        var expected = all.OrderBy(m => m.PublishedAt is null ? 1 : 0).ThenBy(m => m.PublishedAt).ThenBy(m => m.MentionId, StringComparer.Ordinal).Select(m => m.MentionId);
        Assert.Equal(expected, paged.Select(m => m.MentionId));
        Assert.Equal(Json(all.Single(m => m.MentionId == "m07")), Json(paged.Single(m => m.MentionId == "m07")));
        Assert.Equal(MentionSample.MaxMentions, (await events.GetAsync("evt_1", Ct))!.Mentions.Count);
        Assert.Empty((await events.GetMentionsAsync("evt_unknown", null, 10, Ct)).Items);
    }

    [Fact]
    public async Task Refuses_a_mention_cursor_it_did_not_issue_and_a_page_size_out_of_range()
    {
        var (events, _) = await OpenAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => events.GetMentionsAsync("evt_1", "bm90LWEtY3Vyc29y", 10, Ct));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => events.GetMentionsAsync("evt_1", "%%", 10, Ct));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => events.GetMentionsAsync("evt_1", null, 0, Ct));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => events.GetMentionsAsync("evt_1", null, MentionSample.MaxPageSize + 1, Ct));
    }

    [Fact]
    public async Task A_mention_change_removes_an_articles_mentions_moves_an_absorbed_events_mentions_and_adds_new_ones()
    {
        var (events, _) = await OpenAsync();
        var a = Reports("a", 4);
        var b = Reports("b", 3);
        var (ea, ca) = Sampled("evt_a", a);
        var (eb, cb) = Sampled("evt_b", b);
        Assert.True(await events.TryCommitAsync(new EventCommit
        {
            Inserts = [ea, eb],
            MentionChanges = new Dictionary<string, MentionChange> { ["evt_a"] = ca, ["evt_b"] = cb },
        }, Ct));
        var added = Mention("n1", "n-a1", "kcna.kp");

        Assert.True(await events.TryCommitAsync(new EventCommit
        {
            Replacements =
            [
                new EventReplacement(ea with { Version = 2, MentionCount = 7 }, 1),
                new EventReplacement(eb with { Version = 2, Status = EventStatuses.Retired, MergedInto = "evt_a", Mentions = [], MentionCount = 0 }, 1),
            ],
            MentionChanges = new Dictionary<string, MentionChange>
            {
                ["evt_a"] = new() { Added = [added], RemovedArticleIds = [a[1].ArticleId], AbsorbedEventIds = ["evt_b"] },
                ["evt_b"] = new() { RemovedArticleIds = [b[0].ArticleId] },
            },
        }, Ct));

        Assert.Equal(["a00", "a02", "a03", "b01", "b02", "n1"], (await AllMentions(events, "evt_a", 50)).Select(m => m.MentionId).Order(StringComparer.Ordinal));
        Assert.Empty((await events.GetMentionsAsync("evt_b", null, 50, Ct)).Items);
        Assert.Equal(["evt_a"], (await events.FindByArticleAsync(b[2].ArticleId, Ct)).Select(e => e.Id));
        Assert.Empty(await events.FindByArticleAsync(a[1].ArticleId, Ct));
        Assert.Empty(await events.FindByArticleAsync(b[0].ArticleId, Ct));
        // The removed mentions are free again: another live event may hold them.
        var (ec, cc) = Sampled("evt_c", [a[1], b[0]]);
        Assert.True(await events.TryCommitAsync(new EventCommit { Inserts = [ec], MentionChanges = new Dictionary<string, MentionChange> { ["evt_c"] = cc } }, Ct));
        // A mention another live event holds is refused, and the commit leaves nothing behind.
        var (ed, cd) = Sampled("evt_d", [a[0]]);
        Assert.False(await events.TryCommitAsync(new EventCommit { Inserts = [ed], MentionChanges = new Dictionary<string, MentionChange> { ["evt_d"] = cd } }, Ct));
        Assert.Null(await events.GetAsync("evt_d", Ct));
    }

    [Fact]
    public async Task Keeps_an_events_tally_with_it_until_the_event_is_written_whole()
    {
        var (events, _) = await OpenAsync();
        var tally = new EventTally
        {
            Mentions = 3,
            Articles = 3,
            Occurred = 3,
            Dates = [new DateTally(Day(2024, 7, 10), 3, 3, 3)],
            Sources = [new ValueTally("tass.ru", 3, new TallyKey(1, "a1", 0, "m1", 0))],
            Summary = new SummaryTally("They met", 0, 3, 0.9, "m1"),
        };
        var (e, change) = Sampled("evt_1", Reports("m", 3), tally);
        Assert.True(await events.TryCommitAsync(new EventCommit { Inserts = [e], MentionChanges = new Dictionary<string, MentionChange> { ["evt_1"] = change } }, Ct));

        Assert.Equal(Json(tally), Json((await events.GetTalliesAsync(["evt_1", "evt_none"], Ct))["evt_1"]));
        Assert.Single(await events.GetTalliesAsync(["evt_1", "evt_none"], Ct));

        Assert.True(await events.TryReplaceAsync(e with { Version = 2, Summary = "written whole" }, 1, Ct));
        Assert.Empty(await events.GetTalliesAsync(["evt_1"], Ct));
    }

    [Fact]
    public async Task Free_text_finds_a_live_event_by_a_mention_its_document_does_not_carry()
    {
        var (events, _) = await OpenAsync();
        var all = Reports("m", 12);
        // A report the sample leaves out.
        var (e, _) = Sampled("evt_1", all);
        var outside = all.First(m => e.Mentions.All(s => s.MentionId != m.MentionId));
        all[all.IndexOf(outside)] = outside with { Sentence = "A zebra crossing was painted near the embassy." };
        var (e2, change) = Sampled("evt_1", all);
        Assert.DoesNotContain(e2.Mentions, m => m.Sentence.Contains("zebra", StringComparison.Ordinal));
        Assert.True(await events.TryCommitAsync(new EventCommit { Inserts = [e2], MentionChanges = new Dictionary<string, MentionChange> { ["evt_1"] = change } }, Ct));

        Assert.Equal(["evt_1"], await Ids(events, new EventQuery { Text = "zebra embassy" }));
        Assert.Empty(await Ids(events, new EventQuery { Text = "zebra giraffe" }));
        Assert.Equal([new MonthTypeCount("2024-07", EventTypes.Meeting, 1)], await events.CountByMonthAndTypeAsync(new EventQuery { Text = "zebra" }, Ct));
    }
}
