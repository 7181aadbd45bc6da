using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Embedded;
using Timeline.EndToEnd.Tests.Infrastructure;
using Timeline.Tests;

namespace Timeline.EndToEnd.Tests;

/// <summary>The README's first command: the whole product in one process, loaded with the shipped samples.</summary>
public sealed class EmbeddedModeTests
{
    [Fact(Timeout = 120_000)]
    public async Task A_fresh_embedded_start_serves_a_timeline_of_the_sample_articles()
    {
        var data = Directory.CreateTempSubdirectory("timeline-embedded-");
        var clock = Stopwatch.StartNew();
        await using var app = EmbeddedTimeline.Build(
            ["--urls", "http://127.0.0.1:0", "--TIMELINE_SQLITE_PATH", Path.Combine(data.FullName, "timeline.db")]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };

        // The samples report the Vostochny summit and the Pyongyang treaty in English and in Arabic, so the
        // timeline is complete once events are there and some are supported by two articles.
        var events = await Poller.UntilAsync("the sample articles' events at the gateway, some merged across languages", async () =>
        {
            var page = await http.GetFromJsonAsync<JsonObject>("/api/v1/events?limit=200");
            var items = page!["items"]!.AsArray();
            return items.Count >= 5 && items.Any(e => e!["articleCount"]!.GetValue<int>() >= 2) ? items : null;
        }, TimeSpan.FromSeconds(100));

        // How long it took is a measurement, not a check: with every test project running at once on a small machine it
        // says more about the machine than the product. The poller's timeout bounds it.
        TestContext.Current.TestOutputHelper?.WriteLine($"embedded start to a complete sample timeline: {clock.Elapsed.TotalSeconds:0.0} s");
        TestContext.Current.AddAttachment("embedded-start-seconds", clock.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(events, e => Assert.NotNull(e!["date"]));

        await app.StopAsync(TestContext.Current.CancellationToken);
        data.Delete(recursive: true);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_busy_port_stops_the_embedded_host_with_one_line_naming_the_port_and_how_to_choose_another()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
        var data = Directory.CreateTempSubdirectory("timeline-embedded-busy-");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { RepoPaths.ServiceDll("Timeline.Embedded"), "--urls", $"http://localhost:{port}", "--TIMELINE_SQLITE_PATH", Path.Combine(data.FullName, "timeline.db") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"Port {port} is already in use", line, StringComparison.Ordinal);
        Assert.Contains("--urls http://localhost:", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr + await stdout, StringComparison.Ordinal);
        data.Delete(recursive: true);
    }

    [Fact]
    public void A_port_taken_between_the_check_and_the_start_gets_the_same_line()
    {
        var failure = new IOException("Failed to bind to address http://127.0.0.1:8080: address already in use.",
            new Microsoft.AspNetCore.Connections.AddressInUseException("Address already in use"));

        Assert.StartsWith("Port 8080 is already in use (http://localhost:8080)", BusyPort.Describe(failure, "http://localhost:8080"), StringComparison.Ordinal);
        Assert.Null(BusyPort.Describe(new IOException("disk full"), "http://localhost:8080"));
    }
}
