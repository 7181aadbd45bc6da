using System.Text.Json;
using Timeline.EndToEnd.Tests.Infrastructure;

namespace Timeline.EndToEnd.Tests;

/// <summary>The gateway's stream queue takes messages ahead from the broker and still hands them to clients in order.</summary>
public sealed class GatewayStreamOrderTests
{
    private const int Messages = 200;

    [Fact(Timeout = 180_000)]
    public async Task A_burst_of_messages_from_the_broker_reaches_a_stream_client_in_the_order_published()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var timeline = await DistributedTimeline.StartAsync("Timeline.Gateway");
        await using var broker = await RawBroker.ConnectAsync(timeline.Broker.Uri);
        using var http = new HttpClient { BaseAddress = timeline.Gateway.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        using var response = await http.GetAsync(new Uri("/api/v1/stream", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, ct);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
        Assert.Equal("ready", (await NextEventAsync(reader, ct)).Event);

        // Published back to back on one channel, so the broker queues them in this order, faster than one at a time.
        for (var version = 1; version <= Messages; version++)
        {
            await broker.PublishAsync("Timeline.Contracts:TimelineEventRetired", $$"""
                { "messageType": ["urn:message:Timeline.Contracts:TimelineEventRetired"],
                  "message": { "eventId": "evt_order", "version": {{version}}, "reason": "order test" } }
                """);
        }

        var versions = new List<long>();
        while (versions.Count < Messages)
        {
            var (kind, data) = await NextEventAsync(reader, ct);
            if (kind == "retired")
            {
                versions.Add(JsonDocument.Parse(data).RootElement.GetProperty("version").GetInt64());
            }
        }
        Assert.Equal(Enumerable.Range(1, Messages).Select(v => (long)v), versions);
    }

    // One Server-Sent Event: its event name and data (comments and heartbeats' blank data included as they come).
    private static async Task<(string? Event, string Data)> NextEventAsync(StreamReader reader, CancellationToken ct)
    {
        string? kind = null;
        var data = "";
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length == 0)
            {
                if (kind is not null || data.Length > 0)
                {
                    return (kind, data);
                }
                continue;
            }
            if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                kind = line[6..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data += line[5..].TrimStart();
            }
        }
        throw new EndOfStreamException("The stream ended.");
    }
}
