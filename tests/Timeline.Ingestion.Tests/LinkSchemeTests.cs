using System.Net;

namespace Timeline.Ingestion.Tests;

/// <summary>Only absolute http(s) links get in: the page turns every stored URL into a link analysts click.</summary>
public class LinkSchemeTests
{
    private const string Story = "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday for a two-day visit to North Korea, the Kremlin said.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> RefusedUrls => new()
    {
        "javascript:alert(1)//x",
        "JavaScript:alert(document.cookie)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
        "ftp://example.org/a",
        "/relative/path",
        "//example.org/protocol-relative",
    };

    [Theory]
    [MemberData(nameof(RefusedUrls))]
    public async Task A_json_article_whose_url_is_not_http_is_422_and_stores_nothing(string url)
    {
        await using var host = await IngestionHost.StartAsync();
        var body = $$"""{"url": {{System.Text.Json.JsonSerializer.Serialize(url)}}, "body": "{{Story}}", "publishedAt": "2023-10-18"}""";

        var response = await host.Client.PostAsync(body, "application/json");

        await AssertRefusedAsync(host, response);
    }

    [Theory]
    [MemberData(nameof(RefusedUrls))]
    public async Task An_rss_item_whose_link_is_not_http_is_422_and_stores_nothing(string url)
    {
        await using var host = await IngestionHost.StartAsync();
        var feed = $"""<rss version="2.0"><channel><title>Wire</title><item><title>Lavrov in Pyongyang</title><link>{WebUtility.HtmlEncode(url)}</link><description>{Story}</description></item></channel></rss>""";

        var response = await host.Client.PostAsync(feed, "application/rss+xml");

        await AssertRefusedAsync(host, response);
    }

    [Theory]
    [MemberData(nameof(RefusedUrls))]
    public async Task An_atom_entry_whose_link_is_not_http_is_422_and_stores_nothing(string url)
    {
        await using var host = await IngestionHost.StartAsync();
        var feed = $"""<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><entry><title>Lavrov in Pyongyang</title><link href="{WebUtility.HtmlEncode(url)}"/><content type="text">{Story}</content></entry></feed>""";

        var response = await host.Client.PostAsync(feed, "application/atom+xml");

        await AssertRefusedAsync(host, response);
    }

    [Theory]
    [MemberData(nameof(RefusedUrls))]
    public async Task A_query_string_url_that_is_not_http_is_422_and_stores_nothing(string url)
    {
        await using var host = await IngestionHost.StartAsync();

        var response = await host.Client.PostAsync(Story, "text/plain", "?url=" + Uri.EscapeDataString(url));

        await AssertRefusedAsync(host, response);
    }

    [Fact]
    public async Task A_feed_keeps_its_http_items_and_refuses_the_one_with_a_script_link_by_index()
    {
        await using var host = await IngestionHost.StartAsync();
        var feed = $"""<rss version="2.0"><channel><title>Wire</title><item><link>https://wire.example.org/a</link><description>{Story}</description></item><item><link>javascript:alert(1)</link><description>{Story} Second report.</description></item></channel></rss>""";

        var response = await host.Client.PostAsync(feed, "application/rss+xml");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal(1, json.GetProperty("rejected")[0].GetProperty("index").GetInt32());
        var stored = await host.Store.GetAsync(json.GetProperty("articles")[0].Str("id"), Ct);
        Assert.Equal("https://wire.example.org/a", stored?.Url);
        Assert.Equal(1, await host.Store.CountAsync(Ct));
    }

    private static async Task AssertRefusedAsync(IngestionHost host, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("http(s)", (await response.JsonAsync()).Str("detail"), StringComparison.Ordinal);
        Assert.Equal(0, await host.Store.CountAsync(Ct));
    }
}
