using System.Net;
using Microsoft.Extensions.Configuration;
using Timeline.ServiceDefaults.Access;

namespace Timeline.Ingestion.Tests;

/// <summary>Writes need an API key with the right scope; reads stay open; each client has its own request budget.</summary>
public class AccessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null)]
    [InlineData("tk_not-a-configured-key")]
    public async Task Posting_an_article_without_a_known_key_is_401_problem_and_stores_nothing(string? key)
    {
        await using var host = await IngestionHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles") { Content = Http.Content(SeedPages.Read("000"), "text/plain") };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        using var response = await host.Anonymous.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("X-Api-Key", (await response.JsonAsync()).Str("detail"), StringComparison.Ordinal);
        Assert.Equal(0, await host.Store.CountAsync(Ct));
    }

    [Fact]
    public async Task An_ingest_key_posts_articles_but_reprocessing_needs_the_admin_scope()
    {
        await using var host = await IngestionHost.StartAsync();
        using var ingestOnly = host.Anonymous;
        ingestOnly.DefaultRequestHeaders.Add("X-Api-Key", IngestionHost.IngestOnlyKey);

        var posted = await ingestOnly.PostAsync(SeedPages.Read("000"), "text/plain");
        using var forbidden = await ingestOnly.PostAsync("/api/v1/articles/reprocess", null, Ct);
        using var admin = await host.Client.PostAsync("/api/v1/articles/reprocess", null, Ct);

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("application/problem+json", forbidden.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Accepted, admin.StatusCode);
    }

    [Fact]
    public async Task Reprocessing_without_a_key_is_401_and_republishes_nothing()
    {
        await using var host = await IngestionHost.StartAsync();
        await host.Client.PostAsync(SeedPages.Read("000"), "text/plain");
        await host.Published.WaitForAsync(1);

        using var response = await host.Anonymous.PostAsync("/api/v1/articles/reprocess", null, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, await host.Store.CountAsync(Ct));
        Assert.DoesNotContain(host.Published.All, m => m.IsReprocess);
    }

    [Fact]
    public async Task Reading_a_stored_article_needs_no_key()
    {
        await using var host = await IngestionHost.StartAsync();
        var id = (await (await host.Client.PostAsync(SeedPages.Read("000"), "text/plain")).JsonAsync()).GetProperty("articles")[0].Str("id");

        using var response = await host.Anonymous.GetAsync($"/api/v1/articles/{id}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_client_over_its_ingestion_limit_gets_429_with_Retry_After_while_another_client_goes_on()
    {
        await using var host = await IngestionHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Ingestion:RateLimit:PermitLimit"] = "2",
            ["Ingestion:RateLimit:WindowSeconds"] = "60",
        });
        using var other = host.Anonymous;
        other.DefaultRequestHeaders.Add("X-Api-Key", IngestionHost.IngestOnlyKey);

        var first = await host.Client.PostAsync(SeedPages.Read("000"), "text/plain");
        var second = await host.Client.PostAsync(SeedPages.Read("001"), "text/plain");
        var third = await host.Client.PostAsync(SeedPages.Read("002"), "text/plain");
        var otherClient = await other.PostAsync(SeedPages.Read("003"), "text/plain");

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        Assert.InRange(third.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        Assert.Equal(HttpStatusCode.Accepted, otherClient.StatusCode);
        Assert.Equal(3, await host.Store.CountAsync(Ct));
    }

    [Fact]
    public void Configured_keys_are_kept_only_as_hashes_and_found_by_the_key()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TIMELINE_API_KEYS"] = "loader:tk_plain-one:ingest; ops:tk_plain-two:ingest+admin",
            ["ApiKeys:crawler:KeyHash"] = ApiClients.HashHex("tk_hashed-three"),
            ["ApiKeys:crawler:Scopes"] = "ingest",
        }).Build();

        var clients = new ApiClients(configuration);

        Assert.Equal(3, clients.Count);
        Assert.Equal("loader", clients.Find("tk_plain-one")?.Name);
        Assert.Equal(["admin", "ingest"], clients.Find("tk_plain-two")!.Scopes.Order(StringComparer.Ordinal));
        Assert.Equal("crawler", clients.Find("tk_hashed-three")?.Name);
        Assert.Null(clients.Find("tk_plain"));
        Assert.Equal(ApiClients.Hash("tk_plain-one"), clients.Find("tk_plain-one")!.KeyHash);
    }

    [Theory]
    [InlineData("loader:tk_key")]
    [InlineData("loader:tk_key:write")]
    [InlineData(":tk_key:ingest")]
    public void A_malformed_client_entry_is_refused_without_echoing_the_key(string entry)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["TIMELINE_API_KEYS"] = entry }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => new ApiClients(configuration));

        Assert.DoesNotContain("tk_key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_with_a_malformed_client_list_does_not_start()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            IngestionHost.StartAsync(settings: new Dictionary<string, string?> { ["TIMELINE_API_KEYS"] = "crawler:tk_key:write" }));

        Assert.Contains("crawler", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_shows_only_its_status_to_anonymous_callers_and_the_checks_to_an_admin_key()
    {
        await using var host = await IngestionHost.StartAsync();

        var anonymous = await (await host.Anonymous.GetAsync("/health/ready", Ct)).JsonAsync();
        var admin = await (await host.Client.GetAsync("/health/ready", Ct)).JsonAsync();

        Assert.Equal(["status"], anonymous.EnumerateObject().Select(p => p.Name));
        Assert.True(admin.TryGetProperty("checks", out var checks) && checks.GetArrayLength() > 0);
    }
}
