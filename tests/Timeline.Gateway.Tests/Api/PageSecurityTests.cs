using System.Net;
using Timeline.Gateway.Tests.Fixtures;

namespace Timeline.Gateway.Tests.Api;

/// <summary>The page's response headers limit what a browser lets it run.</summary>
[Collection("gateway")]
public sealed class PageSecurityTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/app.js")]
    public async Task The_page_is_served_with_a_content_security_policy_that_allows_only_its_own_script(string path)
    {
        await using var host = await GatewayHost.StartAsync(StoreKind.Sqlite, seed: false);

        using var response = await host.Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        var directives = policy.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d);
        Assert.Equal("default-src 'none'", directives["default-src"]);
        Assert.Equal("script-src 'self'", directives["script-src"]);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.Equal("nosniff", string.Join(' ', response.Headers.GetValues("X-Content-Type-Options")));
    }
}
