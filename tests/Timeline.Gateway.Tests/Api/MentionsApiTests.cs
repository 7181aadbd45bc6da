using System.Net;
using System.Text.Json;
using Timeline.Contracts;
using Timeline.Gateway.Tests.Fixtures;
using Timeline.Storage;

namespace Timeline.Gateway.Tests.Api;

/// <summary>An event told by many articles: its document and list item stay small, and its mentions are paged.</summary>
public sealed class MentionsApiTests : IAsyncLifetime
{
    private const int Mentions = 30;
    private const string EventId = "evt_many_mentions";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private GatewayHost? _host;

    private GatewayHost Host => _host ?? throw new InvalidOperationException("The host did not start.");

    public async ValueTask InitializeAsync()
    {
        _host = await GatewayHost.StartAsync(StoreKind.Sqlite, seed: false);
        Assert.True(await Host.Store.TryCommitAsync(WidelyReportedMeeting.Commit(EventId, Mentions, outlets: 12, prefix: "", "Lavrov held talks",
            i => $"Report number {i} says the two ministers met in the capital and talked for hours.", historyCount: 40), Ct));
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await Host.Client.GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} -> {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Pages_every_mention_of_an_event_once_in_report_order_with_an_opaque_cursor()
    {
        var ids = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await GetJsonAsync($"/api/v1/events/{EventId}/mentions?limit=7" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            Assert.Equal(Mentions, page.GetProperty("mentionCount").GetInt32());
            Assert.Equal(EventId, page.GetProperty("eventId").GetString());
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.InRange(items.Count, 1, 7);
            ids.AddRange(items.Select(i => i.GetProperty("mentionId").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 20);

        Assert.Equal(Enumerable.Range(0, Mentions).Select(i => $"m{i:D2}"), ids);
        Assert.Equal(5, pages);
    }

    [Fact]
    public async Task The_event_document_and_its_list_item_carry_counts_and_a_bounded_sample()
    {
        var document = await GetJsonAsync($"/api/v1/events/{EventId}");
        Assert.Equal(Mentions, document.GetProperty("mentionCount").GetInt32());
        Assert.Equal(MentionSample.MaxMentions, document.GetProperty("mentions").GetArrayLength());
        Assert.Equal(40, document.GetProperty("historyCount").GetInt32());

        var item = (await GetJsonAsync("/api/v1/events")).GetProperty("items").EnumerateArray().Single();
        var sample = item.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("mentionId").GetString()).ToList();
        Assert.Equal(MentionSample.CompactMentions, sample.Count);
        // The earliest report and the most recent are always among them.
        Assert.Equal("m00", sample[0]);
        Assert.Equal($"m{Mentions - 1:D2}", sample[^1]);
        Assert.Equal(MentionSample.CompactHistory, item.GetProperty("history").GetArrayLength());
        Assert.Equal(Mentions, item.GetProperty("mentionCount").GetInt32());
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("cursor=bm90LWEtY3Vyc29y", "cursor")]
    [InlineData("cursor=%25%25", "cursor")]
    [InlineData("page=2", "page")]
    public async Task Refuses_a_bad_limit_cursor_or_parameter_with_a_problem_naming_it(string query, string parameter)
    {
        using var response = await Host.Client.GetAsync($"/api/v1/events/{EventId}/mentions?{query}", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(parameter, out _), body);
    }

    [Fact]
    public async Task An_unknown_event_has_no_mentions_to_page()
    {
        using var response = await Host.Client.GetAsync("/api/v1/events/evt_nothing_here/mentions", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_plover_export_lists_every_mention_as_a_source()
    {
        var export = await GetJsonAsync("/api/v1/events/export?format=plover");

        var record = export.EnumerateArray().Single();
        Assert.Equal(Mentions, record.GetProperty("sources").GetArrayLength());
    }
}
