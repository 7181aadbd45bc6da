using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Timeline.Gateway.Streaming;

namespace Timeline.Gateway.Endpoints;

/// <summary>GET /api/v1/stream: live timeline changes as Server-Sent Events.</summary>
public static class StreamEndpoints
{
    /// <summary>SSE event sent first on a fresh or resumed connection.</summary>
    public const string Ready = "ready";

    /// <summary>SSE event sent when the client's Last-Event-ID is no longer in the buffer: reload, then follow the stream.</summary>
    public const string Reset = "reset";

    /// <summary>SSE event sent on an idle connection so proxies keep it open.</summary>
    public const string Heartbeat = "heartbeat";

    /// <summary>Maps the stream endpoint on the API group.</summary>
    public static RouteGroupBuilder MapStreamEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/stream", Stream)
            .WithName("Stream")
            .WithSummary("Live created / updated / merged / retired events as Server-Sent Events")
            .WithDescription("Each message has id: (an increasing sequence), event: (created, updated, merged, retired) and data: " +
                "the message as JSON. Reconnect with Last-Event-ID (or ?lastEventId=) to receive what was missed; " +
                "a 'reset' event means the gap is too old: reload with /events and keep reading.");
        return api;
    }

    internal static ServerSentEventsResult<string> Stream(
        HttpContext http,
        StreamHub hub,
        IOptions<GatewayOptions> options,
        [FromHeader(Name = "Last-Event-ID")] string? lastEventIdHeader,
        [FromQuery(Name = "lastEventId")] string? lastEventIdQuery)
    {
        var raw = lastEventIdHeader ?? lastEventIdQuery;
        long? lastEventId = null;
        var unreadable = false;
        if (!string.IsNullOrWhiteSpace(raw))
        {
            if (long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                lastEventId = parsed;
            }
            else
            {
                unreadable = true;
            }
        }
        var heartbeat = TimeSpan.FromSeconds(Math.Max(1, options.Value.Stream.HeartbeatSeconds));
        http.Response.Headers["X-Accel-Buffering"] = "no";
        return TypedResults.ServerSentEvents(Items(hub, lastEventId, unreadable, heartbeat, http.RequestAborted));
    }

    private static async IAsyncEnumerable<SseItem<string>> Items(StreamHub hub, long? lastEventId, bool unreadable, TimeSpan heartbeat,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var subscription = hub.Subscribe(lastEventId);
        GatewayMetrics.StreamClients.Add(1);
        try
        {
            var position = lastEventId is not null && !subscription.Gap ? lastEventId.Value : subscription.Position;
            var first = subscription.Gap || unreadable ? Reset : Ready;
            yield return new SseItem<string>($"{{\"sequence\":{position.ToString(CultureInfo.InvariantCulture)}}}", first)
            {
                EventId = position.ToString(CultureInfo.InvariantCulture),
                ReconnectionInterval = TimeSpan.FromSeconds(3),
            };
            foreach (var message in subscription.Replay)
            {
                yield return ToItem(message);
            }
            var reader = subscription.Live;
            while (!cancellationToken.IsCancellationRequested)
            {
                var (more, idle) = await WaitAsync(reader, heartbeat, cancellationToken);
                if (idle)
                {
                    yield return new SseItem<string>("{}", Heartbeat);
                    continue;
                }
                if (!more)
                {
                    yield break;
                }
                while (reader.TryRead(out var message))
                {
                    yield return ToItem(message);
                }
            }
        }
        finally
        {
            GatewayMetrics.StreamClients.Add(-1);
        }
    }

    private static async Task<(bool More, bool Idle)> WaitAsync(System.Threading.Channels.ChannelReader<StreamMessage> reader, TimeSpan heartbeat,
        CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(heartbeat);
        try
        {
            return (await reader.WaitToReadAsync(timeout.Token), false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (true, true);
        }
        catch (StreamClientTooSlowException)
        {
            return (false, false); // the client reconnects with Last-Event-ID and catches up from the buffer
        }
    }

    private static SseItem<string> ToItem(StreamMessage message) =>
        new(message.Data, message.Kind) { EventId = message.Sequence.ToString(CultureInfo.InvariantCulture) };
}
