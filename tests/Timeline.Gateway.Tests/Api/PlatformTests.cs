using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Timeline.Gateway.Tests.Fixtures;

namespace Timeline.Gateway.Tests.Api;

/// <summary>What surrounds the API: rate limits, compression, CORS, the OpenAPI document, the reference page and the web page.</summary>
[Collection("gateway")]
public sealed partial class PlatformTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_host_answers_health_checks_and_an_unknown_route_with_a_problem_as_the_service_does()
    {
        await using var host = await GatewayHost.StartAsync(StoreKind.Sqlite, seed: false);

        using var live = await host.Client.GetAsync("/health/live", Ct);
        using var unknown = await host.Client.GetAsync("/api/v1/no-such-resource", Ct);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, JsonDocument.Parse(await unknown.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_client_over_its_rate_limit_gets_429_problem_with_Retry_After()
    {
        await using var host = await GatewayHost.StartAsync(StoreKind.Sqlite, new Dictionary<string, string?>
        {
            ["Gateway:RateLimit:PermitLimit"] = "3",
            ["Gateway:RateLimit:WindowSeconds"] = "60",
        }, seed: false);
        for (var i = 0; i < 3; i++)
        {
            using var ok = await host.Client.GetAsync("/api/v1/actors", Ct);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using var refused = await host.Client.GetAsync("/api/v1/events", Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(429, JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("status").GetInt32());

        using var page = await host.Client.GetAsync("/", Ct); // the page itself is not counted against the API budget
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit_and_otherwise_the_header_is_ignored(bool proxyTrusted)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Gateway:RateLimit:PermitLimit"] = "2",
            ["Gateway:RateLimit:WindowSeconds"] = "60",
        };
        if (proxyTrusted)
        {
            settings["Gateway:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1";
        }
        await using var host = await GatewayHost.StartAsync(StoreKind.Sqlite, settings, seed: false);
        async Task<HttpStatusCode> GetAsFromAsync(string client)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/actors");
            request.Headers.Add("X-Forwarded-For", client);
            using var response = await host.Client.SendAsync(request, Ct);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await GetAsFromAsync("203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await GetAsFromAsync("203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await GetAsFromAsync("203.0.113.1"));
        // Another client behind the same proxy: its own budget when the proxy is trusted; a spoofed header changes nothing otherwise.
        Assert.Equal(proxyTrusted ? HttpStatusCode.OK : HttpStatusCode.TooManyRequests, await GetAsFromAsync("203.0.113.2"));
    }

    [Fact]
    public async Task Responses_are_compressed_when_the_client_accepts_it()
    {
        await using var host = await GatewayHost.StartAsync(StoreKind.Sqlite);
        using var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None };
        using var client = new HttpClient(handler) { BaseAddress = host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events?limit=500");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("gzip", response.Content.Headers.ContentEncoding);

        using var plain = await host.Client.GetAsync("/api/v1/events?limit=500", Ct);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Cross_origin_reads_are_allowed_only_for_configured_origins()
    {
        await using var host = await GatewayHost.StartAsync(StoreKind.Sqlite, new Dictionary<string, string?>
        {
            ["Gateway:Cors:Origins:0"] = "https://analyst.example.org",
        }, seed: false);
        async Task<string?> AllowedOriginAsync(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/actors");
            request.Headers.Add("Origin", origin);
            using var response = await host.Client.SendAsync(request, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
        }
        Assert.Equal("https://analyst.example.org", await AllowedOriginAsync("https://analyst.example.org"));
        Assert.Null(await AllowedOriginAsync("https://elsewhere.example.com"));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_endpoint_and_its_filters()
    {
        await using var host = await GatewayHost.StartAsync(StoreKind.Sqlite, seed: false);
        var doc = JsonDocument.Parse(await host.Client.GetStringAsync("/openapi/v1.json", Ct)).RootElement;
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/events", "/api/v1/events/{id}", "/api/v1/events/export", "/api/v1/actors", "/api/v1/actors/{id}/events", "/api/v1/stats", "/api/v1/stream" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        }
        var parameters = paths.GetProperty("/api/v1/events").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "from", "to", "actor", "country", "type", "status", "location", "minSources", "q", "asOf", "sort", "limit", "cursor", "format" },
            parameters.ToHashSet());
    }

    [Fact]
    public async Task The_API_reference_page_serves_its_script_from_the_gateway_itself()
    {
        await using var host = await GatewayHost.StartAsync(StoreKind.Sqlite, seed: false);
        var html = await host.Client.GetStringAsync("/scalar", Ct);
        var scripts = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.DoesNotContain("https://", string.Join(" ", scripts), StringComparison.Ordinal);
        var largest = 0;
        foreach (var src in scripts)
        {
            using var script = await host.Client.GetAsync(new Uri(new Uri(host.BaseAddress, "/scalar/"), src), Ct);
            Assert.True(script.StatusCode == HttpStatusCode.OK, $"{src} -> {(int)script.StatusCode}");
            largest = Math.Max(largest, (await script.Content.ReadAsByteArrayAsync(Ct)).Length);
        }
        Assert.True(largest > 500_000, $"no script as large as the bundled reference app ({largest} bytes)");
    }

    [Fact]
    public async Task The_web_page_and_its_assets_are_served_at_the_root_with_no_remote_links()
    {
        await using var host = await GatewayHost.StartAsync(StoreKind.Sqlite, seed: false);
        using var page = await host.Client.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        foreach (var asset in new[] { "/app.js", "/app.css" })
        {
            using var response = await host.Client.GetAsync(asset, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotMatch("(src|href|url|import)\\s*[=(]\\s*['\"]?https?://", await response.Content.ReadAsStringAsync(Ct));
        }
    }

    [GeneratedRegex("<script[^>]*src=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}

/// <summary>Conditional GET against a store that changes.</summary>
[Collection("gateway")]
public sealed class ChangingStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_ETag_changes_when_an_event_in_the_page_changes()
    {
        await using var host = await GatewayHost.StartAsync(StoreKind.Sqlite);
        using var before = await host.Client.GetAsync("/api/v1/events?minSources=2", Ct);
        using var detailBefore = await host.Client.GetAsync($"/api/v1/events/{SeedTimeline.DeniedId}", Ct);

        var denied = (await host.Store.GetAsync(SeedTimeline.DeniedId, Ct))!;
        Assert.True(await host.Store.TryReplaceAsync(denied with { Version = denied.Version + 1, Summary = "Moscow again denies receiving shells." }, denied.Version, Ct));

        using var listRequest = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events?minSources=2");
        listRequest.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        using var after = await host.Client.SendAsync(listRequest, Ct);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("again denies", await after.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var detailRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/events/{SeedTimeline.DeniedId}");
        detailRequest.Headers.IfNoneMatch.Add(detailBefore.Headers.ETag!);
        using var detailAfter = await host.Client.SendAsync(detailRequest, Ct);
        Assert.Equal(HttpStatusCode.OK, detailAfter.StatusCode);
    }
}
