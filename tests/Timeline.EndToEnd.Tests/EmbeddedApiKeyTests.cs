using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Embedded;

namespace Timeline.EndToEnd.Tests;

/// <summary>The embedded host's own key: generated and printed on first start, kept only as a hash, valid on later starts.</summary>
public sealed partial class EmbeddedApiKeyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = 120_000)]
    public async Task The_first_start_prints_a_key_keeps_only_its_hash_and_the_key_still_works_after_a_restart()
    {
        var data = Directory.CreateTempSubdirectory("timeline-embedded-key-");
        var database = Path.Combine(data.FullName, "timeline.db");
        var firstOutput = new StringWriter();

        var (firstStatus, anonymousStatus) = await RunAsync(database, firstOutput, async http =>
        {
            var key = KeyPattern().Match(firstOutput.ToString()).Value;
            var withKey = await PostAsync(http, key, "Russian Foreign Minister Sergei Lavrov met North Korean leader Kim Jong Un in Pyongyang on Thursday.");
            var anonymous = await PostAsync(http, null, "Russian President Vladimir Putin arrived in Pyongyang on Wednesday for a state visit.");
            return (withKey, anonymous);
        });
        var key = KeyPattern().Match(firstOutput.ToString()).Value;
        var secondOutput = new StringWriter();
        var afterRestart = await RunAsync(database, secondOutput, http =>
            PostAsync(http, key, "North Korean Foreign Minister Choe Son Hui held talks with Sergei Lavrov in Moscow on Friday."));

        Assert.NotEmpty(key);
        Assert.Equal(HttpStatusCode.Accepted, firstStatus);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousStatus);
        var stored = await File.ReadAllTextAsync(Path.Combine(data.FullName, "timeline.api-key.sha256"), Ct);
        Assert.Matches("^[0-9a-f]{64}$", stored.Trim());
        Assert.DoesNotContain(key, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("tk_", secondOutput.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, afterRestart);
        data.Delete(recursive: true);
    }

    private static async Task<T> RunAsync<T>(string database, TextWriter console, Func<HttpClient, Task<T>> use)
    {
        await using var app = EmbeddedTimeline.Build(
            ["--urls", "http://127.0.0.1:0", "--TIMELINE_SQLITE_PATH", database, "--Embedded:LoadSamples", "false", "--TIMELINE_API_KEYS", ""], console: console);
        await app.StartAsync(Ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        var result = await use(http);
        await app.StopAsync(Ct);
        return result;
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, string? key, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles")
        {
            Content = JsonContent.Create(new { body, publishedAt = "2024-06-19", source = "key-test" }),
        };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }
        using var response = await http.SendAsync(request, Ct);
        return response.StatusCode;
    }

    [GeneratedRegex("tk_[A-Za-z0-9_-]{20,}")]
    private static partial Regex KeyPattern();
}
