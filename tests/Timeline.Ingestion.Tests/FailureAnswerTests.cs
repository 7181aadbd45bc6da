using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Timeline.ServiceDefaults;

namespace Timeline.Ingestion.Tests;

/// <summary>Inputs and outages that once answered 500 or hung get a quick, clear 4xx or 503 instead.</summary>
public class FailureAnswerTests
{
    // Nothing listens on port 1: the broker is "down" from the first moment.
    private const string UnreachableBroker = "amqp://guest:guest@127.0.0.1:1/";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("text/plain; charset=utf-7")]
    [InlineData("text/plain; charset=UTF-7")]
    [InlineData("text/plain; charset=\"utf-7\"")]
    [InlineData("application/json; charset=utf-7")]
    public async Task A_utf7_body_is_415_problem(string contentType)
    {
        await using var host = await IngestionHost.StartAsync();

        var response = await host.Client.PostAsync("+ADw-script+AD4-alert(1)+ADw-/script+AD4- Lavrov met Kim in Pyongyang.", contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await host.Store.CountAsync(Ct));
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413_problem()
    {
        await using var host = await IngestionHost.StartAsync(maxBodyBytes: 4096, kestrel: true);
        var chunk = new string('x', 6000);

        var response = await RawPostAsync(host, $"{chunk.Length:x}\r\n{chunk}\r\n0\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 413", response, StringComparison.Ordinal);
        Assert.Contains("application/problem+json", response, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await host.Store.CountAsync(Ct));
    }

    [Fact]
    public async Task A_malformed_chunk_size_is_400_problem()
    {
        await using var host = await IngestionHost.StartAsync(kestrel: true);

        var response = await RawPostAsync(host, "zz\r\nLavrov met Kim in Pyongyang.\r\n0\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 400", response, StringComparison.Ordinal);
        Assert.Contains("application/problem+json", response, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await host.Store.CountAsync(Ct));
    }

    [Fact(Timeout = 60_000)]
    public async Task Reprocessing_while_the_broker_is_down_answers_503_with_Retry_After_at_once()
    {
        await using var host = await IngestionHost.StartAsync(settings: new Dictionary<string, string?> { ["RABBITMQ_URI"] = UnreachableBroker });
        var posted = await host.Client.PostAsync(SeedPages.Read("000"), "text/plain"); // stored; its message waits in the outbox
        var clock = Stopwatch.StartNew();

        using var response = await host.Client.PostAsync("/api/v1/articles/reprocess", null, Ct);

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is set");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"answered after {clock.Elapsed}");
    }

    [Fact(Timeout = 60_000)]
    public async Task Readiness_is_503_while_the_broker_is_down()
    {
        await using var host = await IngestionHost.StartAsync(settings: new Dictionary<string, string?> { ["RABBITMQ_URI"] = UnreachableBroker });

        using var ready = await host.Anonymous.GetAsync("/health/ready", Ct);
        using var live = await host.Anonymous.GetAsync("/health/live", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Readiness_is_503_when_a_check_reports_degraded_as_MassTransit_does_for_a_bus_that_lost_its_broker()
    {
        await using var host = await IngestionHost.StartAsync(configure: b => b.Services.AddHealthChecks()
            .AddCheck("bus-lost-broker", () => HealthCheckResult.Degraded("receive endpoints faulted"), tags: [ServiceDefaultsExtensions.ReadyTag]));

        using var ready = await host.Anonymous.GetAsync("/health/ready", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Degraded", (await ready.JsonAsync()).Str("status"));
    }

    [Fact]
    public async Task MassTransit_usage_telemetry_is_off()
    {
        await using var host = await IngestionHost.StartAsync();

        Assert.False(host.Services.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled);
    }

    private static async Task<string> RawPostAsync(IngestionHost host, string chunkedBody)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(host.Address!.Host, host.Address.Port, Ct);
        var stream = tcp.GetStream();
        var head = $"POST /api/v1/articles HTTP/1.1\r\nHost: {host.Address.Authority}\r\nX-Api-Key: {IngestionHost.Key}\r\n" +
                   "Content-Type: text/plain; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head + chunkedBody), Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        var received = new StringBuilder();
        var buffer = new byte[8192];
        try
        {
            int read;
            // Read until the server closes the connection or the whole problem body is in.
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                received.Append(Encoding.UTF8.GetString(buffer, 0, read));
                if (received.ToString().Contains("\"status\"", StringComparison.Ordinal))
                {
                    break;
                }
            }
        }
        catch (IOException)
        {
            // The server may reset a connection whose body it refused, after its answer.
        }
        return received.ToString();
    }
}
