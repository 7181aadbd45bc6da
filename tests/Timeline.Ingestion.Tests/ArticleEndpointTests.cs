using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Ingestion.Parsing;
using Timeline.ServiceDefaults.Outbox;

namespace Timeline.Ingestion.Tests;

public class ArticleEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_article_accepted_while_nothing_can_publish_is_passed_on_once_publishing_resumes()
    {
        await using var host = await IngestionHost.StartAsync();
        await host.HoldPublishingAsync();

        // As when the broker is down: the article is accepted and stored, its message waits in the store.
        var response = await host.Client.PostAsync(Pages.PutinVisit, "text/plain");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.JsonAsync()).GetProperty("articles")[0].Str("id");
        Assert.Equal(1, await host.PendingMessagesAsync());
        Assert.Empty(host.Published.All);

        Assert.Equal(1, await host.Services.GetRequiredService<OutboxDispatcher>().PublishPendingAsync(Ct));

        Assert.Equal(id, Assert.Single(await host.Published.WaitForAsync(1)).ArticleId);
        Assert.Equal(0, await host.PendingMessagesAsync());
    }

    [Fact]
    public async Task Page_posted_as_text_is_cleaned_dated_stored_with_its_raw_input_and_published()
    {
        await using var host = await IngestionHost.StartAsync();
        var page = Pages.LavrovKim;

        var response = await host.Client.PostAsync(page, "text/plain; charset=utf-8", "?url=https://example.org/lavrov-kim");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var article = (await response.JsonAsync()).GetProperty("articles")[0];
        Assert.Equal("accepted", article.Str("status"));
        Assert.Equal("ar", article.Str("language"));
        Assert.StartsWith("2023-10-19", article.Str("publishedAt"), StringComparison.Ordinal);
        Assert.Equal("لافروف يجتمع بكيم جونغ أون في بيونغ يانغ ويهاجم السياسة الأمريكية", article.Str("title"));
        var id = article.Str("id");
        Assert.Equal($"/api/v1/articles/{id}", response.Headers.Location?.OriginalString);

        var stored = await host.Store.GetAsync(id, Ct);
        Assert.NotNull(stored);
        Assert.Equal(page, stored.Raw);
        Assert.Equal("الجزيرة", stored.Source);
        Assert.Equal("page", stored.PublishedAtSource);
        Assert.DoesNotContain("إقرأ أيضاً", stored.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("أسعار النفط", stored.Body, StringComparison.Ordinal);

        var published = Assert.Single(await host.Published.WaitForAsync(1));
        Assert.Equal(id, published.ArticleId);
        Assert.Equal(stored.Body, published.Body);
        Assert.Equal(stored.ContentHash, published.ContentHash);
        Assert.False(published.IsReprocess);

        var fetched = await (await host.Client.GetAsync($"/api/v1/articles/{id}", Ct)).JsonAsync();
        Assert.Equal(stored.Body, fetched.Str("body"));
        Assert.Equal("https://example.org/lavrov-kim", fetched.Str("url"));
    }

    [Theory]
    [InlineData("page-lavrov-kim-ar.txt")]
    [InlineData("page-lavrov-kim-undated-ar.txt")]
    public async Task Caller_publication_date_wins_over_the_page_and_undated_pages_take_it(string page)
    {
        await using var host = await IngestionHost.StartAsync();

        var response = await host.Client.PostAsync(Http.Fixture(page), "text/plain", "?publishedAt=2023-10-20&source=seed-outlet");

        var article = (await response.JsonAsync()).GetProperty("articles")[0];
        Assert.StartsWith("2023-10-20", article.Str("publishedAt"), StringComparison.Ordinal);
        var stored = await host.Store.GetAsync(article.Str("id"), Ct);
        Assert.Equal("caller", stored!.PublishedAtSource);
        Assert.Equal("seed-outlet", stored.Source);
    }

    [Fact]
    public async Task Undated_page_without_caller_date_is_stored_without_a_date()
    {
        await using var host = await IngestionHost.StartAsync();

        var response = await host.Client.PostAsync(Pages.LavrovKimUndated, "text/plain");

        var article = (await response.JsonAsync()).GetProperty("articles")[0];
        Assert.Equal(System.Text.Json.JsonValueKind.Null, article.GetProperty("publishedAt").ValueKind);
        Assert.Null((await host.Store.GetAsync(article.Str("id"), Ct))!.PublishedAt);
    }

    [Fact]
    public async Task Same_article_sent_twice_is_a_duplicate_and_published_once()
    {
        await using var host = await IngestionHost.StartAsync();
        await host.HoldPublishingAsync();
        var page = Pages.LavrovChoe;

        var first = (await (await host.Client.PostAsync(page, "text/plain")).JsonAsync()).GetProperty("articles")[0];
        var secondResponse = await host.Client.PostAsync(page.Replace("\n", "\r\n", StringComparison.Ordinal) + "\n", "text/plain");
        var second = (await secondResponse.JsonAsync()).GetProperty("articles")[0];

        Assert.Equal(HttpStatusCode.Accepted, secondResponse.StatusCode);
        Assert.Equal("duplicate", second.Str("status"));
        Assert.Equal(first.Str("id"), second.Str("duplicateOf"));
        Assert.Equal(1, await host.Store.CountAsync(Ct));
        // Messages are written with the article, before the response: the duplicate wrote none.
        Assert.Equal(1, await host.PendingMessagesAsync());
    }

    [Fact]
    public async Task Different_text_at_an_already_stored_url_is_a_duplicate()
    {
        await using var host = await IngestionHost.StartAsync();
        const string query = "?url=https://example.org/story-1";

        var first = (await (await host.Client.PostAsync(Pages.LavrovChoe, "text/plain", query)).JsonAsync()).GetProperty("articles")[0];
        var second = (await (await host.Client.PostAsync(Pages.PutinVisit, "text/plain", query)).JsonAsync()).GetProperty("articles")[0];

        Assert.Equal("duplicate", second.Str("status"));
        Assert.Equal(first.Str("id"), second.Str("duplicateOf"));
        Assert.Equal(1, await host.Store.CountAsync(Ct));
    }

    [Fact]
    public async Task Same_wire_story_on_another_site_is_stored_linked_as_near_duplicate_and_published()
    {
        await using var host = await IngestionHost.StartAsync();
        var page = Pages.PutinVisit;
        var otherSite = page.Replace("اتهامات غربية\n", "", StringComparison.Ordinal)
            .Replace("وفق وكالة رويترز.", "وفق ما نقلت وكالة رويترز للأنباء.", StringComparison.Ordinal);

        var first = (await (await host.Client.PostAsync(page, "text/plain", "?source=site-a")).JsonAsync()).GetProperty("articles")[0];
        var second = (await (await host.Client.PostAsync(otherSite, "text/plain", "?source=site-b")).JsonAsync()).GetProperty("articles")[0];

        Assert.Equal("near_duplicate", second.Str("status"));
        Assert.Equal(first.Str("id"), second.Str("duplicateOf"));
        Assert.NotEqual(first.Str("id"), second.Str("id"));
        Assert.Equal(first.Str("id"), (await host.Store.GetAsync(second.Str("id"), Ct))!.NearDuplicateOf);
        var published = await host.Published.WaitForAsync(2);
        Assert.Equal(first.Str("id"), published.Single(m => m.ArticleId == second.Str("id")).NearDuplicateOf);
    }

    [Fact]
    public async Task Html_page_takes_title_date_site_canonical_url_and_language_from_its_meta_tags_and_drops_boilerplate()
    {
        await using var host = await IngestionHost.StartAsync();

        var response = await host.Client.PostAsync(Http.Fixture("article.html"), "text/html; charset=utf-8");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var article = (await response.JsonAsync()).GetProperty("articles")[0];
        Assert.Equal("en", article.Str("language"));
        Assert.Equal("Putin arrives in Pyongyang for first visit in 24 years", article.Str("title"));
        var stored = (await host.Store.GetAsync(article.Str("id"), Ct))!;
        Assert.Equal(new DateTimeOffset(2024, 6, 19, 2, 30, 0, TimeSpan.Zero), stored.PublishedAt);
        Assert.Equal("meta", stored.PublishedAtSource);
        Assert.Equal("Example News", stored.Source);
        Assert.Equal("https://news.example.org/world/putin-pyongyang-visit", stored.Url);
        Assert.StartsWith("Russian President Vladimir Putin arrived in Pyongyang", stored.Body, StringComparison.Ordinal);
        Assert.EndsWith("earlier treaties between the two countries.", stored.Body, StringComparison.Ordinal);
        foreach (var noise in new[] { "Advertisement", "Share on", "Seoul protests", "Tags:", "All rights reserved", "Politics", "greets Vladimir Putin at the airport" })
        {
            Assert.DoesNotContain(noise, stored.Body, StringComparison.Ordinal);
        }
        Assert.Equal("text/html", stored.RawContentType);
    }

    [Fact]
    public async Task Rss_feed_items_become_articles_with_feed_dates_and_an_empty_item_is_rejected_by_index()
    {
        await using var host = await IngestionHost.StartAsync();

        var response = await host.Client.PostAsync(Http.Fixture("feed.rss"), "application/rss+xml", "?source=wire");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var json = await response.JsonAsync();
        var articles = json.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(2, articles.Count);
        Assert.Equal(["en", "ar"], articles.Select(a => a.Str("language")));
        Assert.Equal("Lavrov meets Kim Jong Un in Pyongyang", articles[0].Str("title"));
        var rejected = Assert.Single(json.GetProperty("rejected").EnumerateArray());
        Assert.Equal(2, rejected.GetProperty("index").GetInt32());

        var first = (await host.Store.GetAsync(articles[0].Str("id"), Ct))!;
        Assert.Equal(new DateTimeOffset(2023, 10, 19, 14, 0, 0, TimeSpan.FromHours(3)), first.PublishedAt);
        Assert.Equal("feed", first.PublishedAtSource);
        Assert.Equal("https://wire.example.org/lavrov-kim", first.Url);
        Assert.Equal("wire", first.Source);
        Assert.DoesNotContain("Markets in Asia", first.Body, StringComparison.Ordinal);
        Assert.StartsWith("<item>", first.Raw, StringComparison.Ordinal);
        Assert.Equal(2, (await host.Published.WaitForAsync(2)).Count);
    }

    [Fact]
    public async Task Atom_entries_become_articles_with_published_or_updated_dates()
    {
        await using var host = await IngestionHost.StartAsync();

        var response = await host.Client.PostAsync(Http.Fixture("feed.atom"), "application/atom+xml");

        var articles = (await response.JsonAsync()).GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(2, articles.Count);
        Assert.StartsWith("2024-01-17T09:00:00", articles[0].Str("publishedAt"), StringComparison.Ordinal);
        Assert.StartsWith("2024-01-18T08:00:00", articles[1].Str("publishedAt"), StringComparison.Ordinal);
        var second = (await host.Store.GetAsync(articles[1].Str("id"), Ct))!;
        Assert.Equal("https://atom.example.org/choe-ends-visit", second.Url);
        Assert.Equal("Example Atom Desk", second.Source);
    }

    [Fact]
    public async Task Feed_sent_as_generic_xml_is_read_as_a_feed()
    {
        await using var host = await IngestionHost.StartAsync();

        var response = await host.Client.PostAsync(Http.Fixture("feed.atom"), "application/xml");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(2, await host.Store.CountAsync(Ct));
    }

    [Fact]
    public async Task Json_array_accepts_good_articles_and_rejects_bad_ones_by_index()
    {
        await using var host = await IngestionHost.StartAsync();
        var body = $$"""
            [
              { "url": "https://json.example.org/1", "title": "Lavrov in Pyongyang", "body": {{System.Text.Json.JsonSerializer.Serialize(Pages.LavrovChoe)}}, "publishedAt": "2023-10-19T08:00:00Z", "source": "json-outlet" },
              { "url": "https://json.example.org/2", "body": "Russian Foreign Minister Sergei Lavrov met North Korean Foreign Minister Choe Son Hui in Pyongyang on Thursday and said ties had reached a new level.", "publishedAt": "last Thursday" },
              { "url": "https://json.example.org/3", "html": "<html><body><article><p>North Korean leader Kim Jong Un received Russian Foreign Minister Sergei Lavrov in Pyongyang, state media reported on Friday, and both sides praised their growing ties.</p></article></body></html>", "language": "en" },
              { "url": "https://json.example.org/4", "title": "no text" },
              42
            ]
            """;

        var response = await host.Client.PostAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var json = await response.JsonAsync();
        var articles = json.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(2, articles.Count);
        Assert.Equal("Lavrov in Pyongyang", articles[0].Str("title"));
        Assert.StartsWith("2023-10-19T08:00:00", articles[0].Str("publishedAt"), StringComparison.Ordinal);
        Assert.Equal([1, 3, 4], json.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("index").GetInt32()));
        Assert.Contains("publishedAt", json.GetProperty("rejected")[0].Str("reason"), StringComparison.Ordinal);
        var stored = (await host.Store.GetAsync(articles[0].Str("id"), Ct))!;
        Assert.Equal("json-outlet", stored.Source);
        Assert.Equal("caller", stored.PublishedAtSource);
        Assert.Equal(2, await host.Store.CountAsync(Ct));
    }

    [Fact]
    public async Task Single_json_object_is_one_article()
    {
        await using var host = await IngestionHost.StartAsync();
        var body = """{ "title": "Kim and Putin sign partnership treaty", "body": "North Korean leader Kim Jong Un and Russian President Vladimir Putin signed a comprehensive strategic partnership treaty in Pyongyang on Wednesday, the Kremlin said.", "publishedAt": "2024-06-19" }""";

        var response = await host.Client.PostAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var article = (await response.JsonAsync()).GetProperty("articles")[0];
        Assert.Equal("en", article.Str("language"));
        Assert.StartsWith("2024-06-19", article.Str("publishedAt"), StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], string?, int> BadRequests => new()
    {
        { "empty body", [], "text/plain", 400 },
        { "whitespace body", Encoding.UTF8.GetBytes("  \n\t "), "text/plain", 400 },
        { "no content type", Encoding.UTF8.GetBytes("some text"), null, 415 },
        { "pdf", Encoding.UTF8.GetBytes("%PDF-1.7"), "application/pdf", 415 },
        { "unknown charset", Encoding.UTF8.GetBytes("some text"), "text/plain; charset=x-no-such-charset", 415 },
        { "malformed json", Encoding.UTF8.GetBytes("{ \"body\": \"unterminated"), "application/json", 400 },
        { "json scalar", Encoding.UTF8.GetBytes("\"just a string\""), "application/json", 400 },
        { "empty json array", Encoding.UTF8.GetBytes("[]"), "application/json", 400 },
        { "malformed xml", Encoding.UTF8.GetBytes("<rss><channel><item><title>x</title></channel>"), "application/rss+xml", 400 },
        { "xml that is no feed", Encoding.UTF8.GetBytes("<html><body>hi</body></html>"), "application/xml", 400 },
        { "xml with a dtd", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x \"y\">]><rss><channel><item><description>&x;</description></item></channel></rss>"), "application/rss+xml", 400 },
        { "invalid utf-8", [0x41, 0xC3, 0x28, 0xA0, 0xA1, 0x42], "text/plain; charset=utf-8", 400 },
        { "binary", [0x00, 0x01, 0x02, 0x41, 0x42, 0x43], "text/plain", 400 },
        { "only boilerplate", Encoding.UTF8.GetBytes("[ad_1]\nspot_img\nShare this\nSource link"), "text/plain", 422 },
        { "unknown language", Encoding.UTF8.GetBytes("Министр иностранных дел России Сергей Лавров прибыл в Пхеньян с двухдневным визитом и встретился с руководством страны."), "text/plain", 422 },
        { "json with bad date", Encoding.UTF8.GetBytes("{\"body\": \"Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday for a two-day visit to North Korea.\", \"publishedAt\": \"soon\"}"), "application/json", 422 },
        { "json with wrong type", Encoding.UTF8.GetBytes("{\"body\": 12}"), "application/json", 422 },
        { "feed whose items are all empty", Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><item><title>a</title></item></channel></rss>"), "application/rss+xml", 422 },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_gets_a_problem_response_with_the_right_status_and_stores_nothing(string _, byte[] body, string? contentType, int status)
    {
        await using var host = await IngestionHost.StartAsync();
        await host.HoldPublishingAsync();

        var response = await host.Client.PostAsync("/api/v1/articles", Http.Bytes(body, contentType), Ct);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.Str("detail")));
        Assert.Equal(0, await host.Store.CountAsync(Ct));
        Assert.Equal(0, await host.PendingMessagesAsync());
    }

    [Theory]
    [InlineData("?publishedAt=yesterday")]
    [InlineData("?publishedAt=2023-13-45")]
    [InlineData("?language=not a language")]
    [InlineData("?url=not-a-url")]
    public async Task Bad_caller_metadata_is_422_and_stores_nothing(string query)
    {
        await using var host = await IngestionHost.StartAsync();

        var response = await host.Client.PostAsync(Pages.LavrovKim, "text/plain", query);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await host.Store.CountAsync(Ct));
    }

    [Fact]
    public async Task Body_over_the_configured_limit_is_413_and_stores_nothing()
    {
        await using var host = await IngestionHost.StartAsync(maxBodyBytes: 2048);

        var response = await host.Client.PostAsync(Pages.LavrovKim, "text/plain");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await host.Store.CountAsync(Ct));
    }

    [Fact]
    public async Task Body_over_the_default_two_megabytes_is_413()
    {
        await using var host = await IngestionHost.StartAsync();
        var huge = new string('x', 2 * 1024 * 1024 + 1);

        var response = await host.Client.PostAsync(huge, "text/plain");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_article_id_is_404_problem()
    {
        await using var host = await IngestionHost.StartAsync();

        var response = await host.Client.GetAsync("/api/v1/articles/art_000000000000000000000000", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Reprocess_republishes_every_stored_article_marked_as_reprocess()
    {
        await using var host = await IngestionHost.StartAsync();
        await host.Client.PostAsync(Pages.LavrovKim, "text/plain");
        await host.Client.PostAsync(Pages.PutinVisit, "text/plain");
        await host.Published.WaitForAsync(2);

        var response = await host.Client.PostAsync("/api/v1/articles/reprocess", null, Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(2, (await response.JsonAsync()).GetProperty("republished").GetInt64());
        var all = await host.Published.WaitForAsync(4);
        var again = all.Where(m => m.IsReprocess).ToList();
        Assert.Equal(2, again.Count);
        Assert.Equal(all.Where(m => !m.IsReprocess).Select(m => m.ArticleId).Order(), again.Select(m => m.ArticleId).Order());
    }

    [Fact]
    public void Article_id_is_derived_from_the_content_hash()
    {
        var parsed = ArticleParser.Build(new SourceDocument { Text = Pages.LavrovChoe, Raw = "x", RawContentType = "text/plain" });

        Assert.Equal("art_" + parsed.Fingerprint.ContentHash[..24], parsed.Id);
    }
}
