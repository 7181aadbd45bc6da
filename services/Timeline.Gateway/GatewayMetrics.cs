using System.Diagnostics.Metrics;
using Timeline.ServiceDefaults;

namespace Timeline.Gateway;

/// <summary>The gateway's instruments on the product meter.</summary>
internal static class GatewayMetrics
{
    /// <summary>Queries answered, tagged by endpoint and format.</summary>
    public static readonly Counter<long> QueriesServed =
        TimelineTelemetry.Meter.CreateCounter<long>("timeline.gateway.queries", "{query}", "Event queries answered by the gateway");

    /// <summary>Events written by exports.</summary>
    public static readonly Counter<long> EventsExported =
        TimelineTelemetry.Meter.CreateCounter<long>("timeline.gateway.exported_events", "{event}", "Events written by exports");

    /// <summary>Clients currently connected to the live stream.</summary>
    public static readonly UpDownCounter<long> StreamClients =
        TimelineTelemetry.Meter.CreateUpDownCounter<long>("timeline.gateway.stream.clients", "{client}", "Clients connected to the live stream");

    /// <summary>Messages put on the live stream, tagged by kind.</summary>
    public static readonly Counter<long> StreamMessages =
        TimelineTelemetry.Meter.CreateCounter<long>("timeline.gateway.stream.messages", "{message}", "Messages published on the live stream");

    /// <summary>Requests refused by the per-client rate limit.</summary>
    public static readonly Counter<long> RateLimited =
        TimelineTelemetry.Meter.CreateCounter<long>("timeline.gateway.rate_limited", "{request}", "Requests refused by the rate limit");
}
