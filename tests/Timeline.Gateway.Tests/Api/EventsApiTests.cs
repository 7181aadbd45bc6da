using System.Net;
using System.Text.Json;
using Timeline.Contracts;
using Timeline.Gateway.Tests.Fixtures;

namespace Timeline.Gateway.Tests.Api;

/// <summary>The read API over a seeded store: every filter, ordering, paging, ETags, redirects and errors.</summary>
public abstract class EventsApiTests(GatewayFixture fixture) : ApiTestBase(fixture)
{
    private IReadOnlyList<TimelineEvent> Seed => SeedTimeline.Build(Host.Actors);

    private IEnumerable<TimelineEvent> Live => Seed.Where(e => e.Status != "retired");

    private string ActorId(string alias) => Host.Actors.Resolve(alias)?.Id ?? throw new InvalidOperationException(alias);

    [Fact]
    public async Task Lists_every_live_event_in_date_order_as_the_camelCase_contract()
    {
        var page = await GetJsonAsync("/api/v1/events?limit=500");
        var items = page.GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(Live.Select(e => e.Id).Order(), items.Select(i => i.GetProperty("id").GetString()!).Order());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
        var starts = items.Where(i => i.GetProperty("date").ValueKind != JsonValueKind.Null)
            .Select(i => i.GetProperty("date").GetProperty("start").GetString()!).ToList();
        Assert.Equal(starts.Order(StringComparer.Ordinal), starts);
        var first = items[0];
        foreach (var name in new[] { "id", "version", "type", "status", "participants", "countries", "summary", "sourceCount", "mentions", "firstReportedAt" })
        {
            Assert.True(first.TryGetProperty(name, out _), $"missing '{name}' in {first}");
        }
        Assert.Equal("actorId", first.GetProperty("participants").EnumerateArray().First().EnumerateObject().First().Name);
    }

    [Fact]
    public async Task Filters_by_occurred_date_range_given_as_days_or_months()
    {
        var day = await ItemsAsync("/api/v1/events?from=2023-10-19&to=2023-10-19&limit=500");
        Assert.NotEmpty(day);
        Assert.All(day, e =>
        {
            Assert.True(string.CompareOrdinal(e.GetProperty("date").GetProperty("start").GetString(), "2023-10-19") <= 0);
            Assert.True(string.CompareOrdinal(e.GetProperty("date").GetProperty("end").GetString(), "2023-10-19") >= 0);
        });
        Assert.DoesNotContain(day, e => e.GetProperty("date").GetProperty("value").GetString() == "2023-10-18");

        var june = await IdsAsync("/api/v1/events?from=2024-06&to=2024-06");
        Assert.Contains(SeedTimeline.MultiSourceId, june);
        Assert.Equal(Live.Where(e => e.Date is not null && e.Date.End >= new DateOnly(2024, 6, 1) && e.Date.Start <= new DateOnly(2024, 6, 30)).Select(e => e.Id).Order(),
            june.Order());
    }

    [Fact]
    public async Task Actor_filter_accepts_the_id_an_English_alias_and_an_Arabic_alias()
    {
        var id = ActorId("Sergey Lavrov");
        var byId = await IdsAsync($"/api/v1/events?actor={id}");
        var byEnglish = await IdsAsync("/api/v1/events?actor=Lavrov");
        var byArabic = await IdsAsync("/api/v1/events?actor=" + Uri.EscapeDataString("لافروف"));

        Assert.Equal(Live.Where(e => e.Participants.Any(p => p.ActorId == id)).Select(e => e.Id).Order(), byId.Order());
        Assert.NotEmpty(byId);
        Assert.Equal(byId, byEnglish);
        Assert.Equal(byId, byArabic);
    }

    [Fact]
    public async Task Two_actors_keep_only_events_where_both_take_part()
    {
        var putin = ActorId("Vladimir Putin");
        var kim = ActorId("Kim Jong Un");
        var pair = await ItemsAsync($"/api/v1/events?actor={putin}&actor=Kim%20Jong%20Un&limit=500");
        var putinAlone = await IdsAsync($"/api/v1/events?actor={putin}");

        Assert.Contains(pair, e => e.GetProperty("id").GetString() == SeedTimeline.MultiSourceId);
        Assert.All(pair, e =>
        {
            var ids = e.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("actorId").GetString()).ToList();
            Assert.Contains(putin, ids);
            Assert.Contains(kim, ids);
        });
        Assert.True(pair.Count < putinAlone.Count, $"pair {pair.Count} vs Putin {putinAlone.Count}");
    }

    [Fact]
    public async Task Filters_by_country_code_in_any_case()
    {
        var us = await IdsAsync("/api/v1/events?country=us");
        Assert.Equal(Live.Where(e => e.Countries.Contains("US")).Select(e => e.Id).Order(), us.Order());
        Assert.NotEmpty(us);
    }

    [Fact]
    public async Task Filters_by_one_type_or_several()
    {
        var visits = await IdsAsync("/api/v1/events?type=visit");
        var visitsOrInvitations = await IdsAsync("/api/v1/events?type=visit,invitation");
        var repeated = await IdsAsync("/api/v1/events?type=visit&type=invitation");

        Assert.Equal(Live.Where(e => e.Type == EventTypes.Visit).Select(e => e.Id).Order(), visits.Order());
        Assert.Equal(Live.Where(e => e.Type is EventTypes.Visit or EventTypes.Invitation).Select(e => e.Id).Order(), visitsOrInvitations.Order());
        Assert.Equal(visitsOrInvitations, repeated);
    }

    [Fact]
    public async Task Status_defaults_to_live_events_and_can_ask_for_planned_denied_or_retired()
    {
        Assert.DoesNotContain(SeedTimeline.MergedAwayId, await IdsAsync("/api/v1/events"));
        Assert.Equal([SeedTimeline.DeniedId], await IdsAsync("/api/v1/events?status=denied"));
        Assert.Equal([SeedTimeline.MergedAwayId], await IdsAsync("/api/v1/events?status=retired"));
        var planned = await IdsAsync("/api/v1/events?status=planned");
        Assert.Equal(Live.Where(e => e.Status == Modalities.Planned).Select(e => e.Id).Order(), planned.Order());
        Assert.NotEmpty(planned);
    }

    [Fact]
    public async Task Filters_by_location_case_insensitively()
    {
        Assert.Equal([SeedTimeline.LateKnownId], await IdsAsync("/api/v1/events?location=wonsan"));
        var pyongyang = await IdsAsync("/api/v1/events?location=Pyongyang");
        Assert.Equal(Live.Where(e => e.Location == "Pyongyang").Select(e => e.Id).Order(), pyongyang.Order());
    }

    [Fact]
    public async Task Filters_by_minimum_number_of_sources()
    {
        Assert.Equal([SeedTimeline.MultiSourceId, SeedTimeline.DeniedId], await IdsAsync("/api/v1/events?minSources=2"));
        Assert.Equal([SeedTimeline.MultiSourceId], await IdsAsync("/api/v1/events?minSources=3"));
    }

    [Fact]
    public async Task Free_text_matches_summaries_and_Arabic_evidence_across_spelling_variants()
    {
        // The evidence is written "اتفاقية" (taa marbuta) and "كيم جونغ أون" (hamza); the queries spell them the other way.
        Assert.Contains(SeedTimeline.MultiSourceId, await IdsAsync("/api/v1/events?q=" + Uri.EscapeDataString("اتفاقيه للدفاع")));
        var kim = await IdsAsync("/api/v1/events?q=" + Uri.EscapeDataString("كيم جونغ اون"));
        Assert.Contains(SeedTimeline.MultiSourceId, kim);
        Assert.True(kim.Count >= 3, $"only {kim.Count} events mention Kim Jong Un in Arabic");
        Assert.Contains(SeedTimeline.MultiSourceId, await IdsAsync("/api/v1/events?q=TREATY"));
        Assert.DoesNotContain(SeedTimeline.DeniedId, await IdsAsync("/api/v1/events?q=TREATY"));
        Assert.Empty(await IdsAsync("/api/v1/events?q=" + Uri.EscapeDataString("بطيخ")));
    }

    [Fact]
    public async Task As_of_a_past_time_leaves_out_what_was_reported_later()
    {
        Assert.Contains(SeedTimeline.LateKnownId, await IdsAsync("/api/v1/events"));
        var january = await IdsAsync("/api/v1/events?asOf=2025-01-01T00:00:00Z");
        Assert.DoesNotContain(SeedTimeline.LateKnownId, january);
        Assert.Contains(SeedTimeline.DeniedId, january);

        var october = await IdsAsync("/api/v1/events?asOf=" + Uri.EscapeDataString("2023-10-19T12:00:00+00:00"));
        Assert.NotEmpty(october);
        Assert.DoesNotContain(SeedTimeline.MultiSourceId, october);
    }

    [Fact]
    public async Task Sorts_newest_first_on_request()
    {
        var ascending = await IdsAsync("/api/v1/events?limit=500");
        var descending = await IdsAsync("/api/v1/events?sort=-date&limit=500");
        Assert.Equal(SeedTimeline.LateKnownId, descending[0]);
        Assert.Equal(ascending.AsEnumerable().Reverse(), descending);
    }

    [Fact]
    public async Task Cursor_paging_returns_every_event_once_in_a_stable_order()
    {
        var whole = await IdsAsync("/api/v1/events?limit=500");
        var paged = await IdsAsync("/api/v1/events?limit=4");
        Assert.Equal(whole, paged);
        Assert.Equal(whole.Count, whole.Distinct().Count());

        var pagedDesc = await IdsAsync("/api/v1/events?limit=3&sort=-date&country=KP");
        Assert.Equal(await IdsAsync("/api/v1/events?limit=500&sort=-date&country=KP"), pagedDesc);
    }

    [Fact]
    public async Task A_cursor_only_works_with_the_query_that_made_it()
    {
        var page = await GetJsonAsync("/api/v1/events?type=meeting&limit=2");
        var cursor = Uri.EscapeDataString(page.GetProperty("nextCursor").GetString()!);
        await GetJsonAsync($"/api/v1/events?type=meeting&limit=3&cursor={cursor}");
        await AssertValidationProblemAsync($"/api/v1/events?type=visit&limit=2&cursor={cursor}", "cursor");
        await AssertValidationProblemAsync("/api/v1/events?cursor=not-a-cursor", "cursor");
    }

    [Fact]
    public async Task Sends_an_ETag_and_answers_304_when_If_None_Match_has_it()
    {
        using var first = await Client.GetAsync("/api/v1/events?type=meeting", Ct);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var again = await Client.SendAsync(Get("/api/v1/events?type=meeting", ("If-None-Match", etag.ToString())), Ct);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(etag, again.Headers.ETag);

        using var other = await Client.SendAsync(Get("/api/v1/events?type=visit", ("If-None-Match", etag.ToString())), Ct);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.NotEqual(etag, other.Headers.ETag);

        using var detail = await Client.GetAsync($"/api/v1/events/{SeedTimeline.DeniedId}", Ct);
        using var detailAgain = await Client.SendAsync(Get($"/api/v1/events/{SeedTimeline.DeniedId}", ("If-None-Match", detail.Headers.ETag!.ToString())), Ct);
        Assert.Equal(HttpStatusCode.NotModified, detailAgain.StatusCode);
    }

    [Fact]
    public async Task Event_detail_carries_every_mention_and_the_history()
    {
        using var response = await Client.GetAsync($"/api/v1/events/{SeedTimeline.MultiSourceId}", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var e = JsonDocument.Parse(body).RootElement;
        Assert.Equal(3, e.GetProperty("mentions").GetArrayLength());
        Assert.Equal(3, e.GetProperty("history").GetArrayLength());
        Assert.Equal("created", e.GetProperty("history")[0].GetProperty("change").GetString());
        Assert.Contains("https://reuters.com/news/art_ms_2", e.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("url").GetString()));
        Assert.Contains("بيونغ يانغ", body, StringComparison.Ordinal); // Arabic is sent as text, not \u escapes
    }

    [Fact]
    public async Task A_merged_id_redirects_permanently_to_the_surviving_event()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Host.BaseAddress };
        using var response = await client.GetAsync($"/api/v1/events/{SeedTimeline.MergedAwayId}", Ct);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/api/v1/events/{SeedTimeline.MultiSourceId}", response.Headers.Location?.OriginalString);

        var followed = await GetJsonAsync($"/api/v1/events/{SeedTimeline.MergedAwayId}");
        Assert.Equal(SeedTimeline.MultiSourceId, followed.GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_unknown_event_id_is_a_404_problem()
    {
        using var response = await Client.GetAsync("/api/v1/events/evt_doesnotexist000000000000", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Lists_actors_with_Arabic_and_English_aliases_and_roles()
    {
        var actors = (await GetJsonAsync("/api/v1/actors")).GetProperty("items").EnumerateArray().ToList();
        var lavrov = actors.Single(a => a.GetProperty("id").GetString() == ActorId("Lavrov"));
        Assert.Contains(lavrov.GetProperty("aliases").GetProperty("ar").EnumerateArray(), a => a.GetString()!.Contains("لافروف", StringComparison.Ordinal));
        Assert.NotEqual(0, lavrov.GetProperty("aliases").GetProperty("en").GetArrayLength());
        Assert.NotEqual(0, lavrov.GetProperty("roles").GetArrayLength());
        Assert.Equal("RU", lavrov.GetProperty("country").GetString());

        var found = (await GetJsonAsync("/api/v1/actors?q=" + Uri.EscapeDataString("لافروف"))).GetProperty("items");
        Assert.Contains(found.EnumerateArray(), a => a.GetProperty("id").GetString() == ActorId("Lavrov"));
        Assert.True(found.GetArrayLength() < actors.Count);
    }

    [Fact]
    public async Task Actor_events_take_an_id_or_alias_in_the_path_and_the_usual_filters()
    {
        var expected = await IdsAsync($"/api/v1/events?actor={ActorId("Lavrov")}");
        Assert.Equal(expected, await IdsAsync($"/api/v1/actors/{ActorId("Lavrov")}/events"));
        Assert.Equal(expected, await IdsAsync("/api/v1/actors/" + Uri.EscapeDataString("لافروف") + "/events"));
        Assert.Equal(await IdsAsync($"/api/v1/events?actor=Lavrov&type=visit"), await IdsAsync("/api/v1/actors/Lavrov/events?type=visit"));

        using var unknown = await Client.GetAsync("/api/v1/actors/Napoleon/events", Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Stats_count_events_per_month_and_type()
    {
        var stats = await GetJsonAsync("/api/v1/stats");
        Assert.Equal(Live.Count(), stats.GetProperty("total").GetInt32());
        var rows = stats.GetProperty("items").EnumerateArray()
            .ToDictionary(r => (r.GetProperty("month").GetString()!, r.GetProperty("type").GetString()!), r => r.GetProperty("count").GetInt32());
        var octoberMeetings = Live.Count(e => e.Type == EventTypes.Meeting && e.Date?.Start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) == "2023-10");
        Assert.Equal(octoberMeetings, rows[("2023-10", EventTypes.Meeting)]);
        Assert.Equal(1, rows[("2025-02", EventTypes.Visit)]);

        var visits = await GetJsonAsync("/api/v1/stats?type=visit");
        Assert.All(visits.GetProperty("items").EnumerateArray(), r => Assert.Equal("visit", r.GetProperty("type").GetString()));
        Assert.Equal(Live.Count(e => e.Type == EventTypes.Visit), visits.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/events?from=2023-13-01", "from")]
    [InlineData("/api/v1/events?from=yesterday", "from")]
    [InlineData("/api/v1/events?to=2023-02-30", "to")]
    [InlineData("/api/v1/events?from=2024-01-01&to=2023-01-01", "to")]
    [InlineData("/api/v1/events?type=summit", "type")]
    [InlineData("/api/v1/events?status=rumoured", "status")]
    [InlineData("/api/v1/events?limit=0", "limit")]
    [InlineData("/api/v1/events?limit=501", "limit")]
    [InlineData("/api/v1/events?limit=ten", "limit")]
    [InlineData("/api/v1/events?actor=Napoleon", "actor")]
    [InlineData("/api/v1/events?actor=Lavrov&actor=Napoleon", "actor")]
    [InlineData("/api/v1/events?minSources=0", "minSources")]
    [InlineData("/api/v1/events?asOf=noon", "asOf")]
    [InlineData("/api/v1/events?sort=name", "sort")]
    [InlineData("/api/v1/events?country=Russia", "country")]
    [InlineData("/api/v1/events?colour=red", "colour")]
    [InlineData("/api/v1/events?format=xml", "format")]
    [InlineData("/api/v1/events/export?format=xml", "format")]
    [InlineData("/api/v1/events/export?type=summit", "type")]
    [InlineData("/api/v1/stats?from=2023-1-1", "from")]
    [InlineData("/api/v1/stats?limit=5", "limit")]
    [InlineData("/api/v1/actors/Lavrov/events?limit=1000", "limit")]
    [InlineData("/api/v1/actors?name=x", "name")]
    public async Task Bad_input_is_a_400_problem_naming_the_parameter(string url, string parameter) =>
        await AssertValidationProblemAsync(url, parameter);
}

[Collection("gateway")]
public sealed class SqliteEventsApiTests(SqliteGatewayFixture fixture) : EventsApiTests(fixture), IClassFixture<SqliteGatewayFixture>;

[Collection("gateway")]
public sealed class MongoEventsApiTests(MongoGatewayFixture fixture) : EventsApiTests(fixture), IClassFixture<MongoGatewayFixture>;
