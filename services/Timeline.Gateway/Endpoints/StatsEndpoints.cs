using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Timeline.Gateway.Querying;
using Timeline.ServiceDefaults;
using Timeline.Storage;

namespace Timeline.Gateway.Endpoints;

/// <summary>Events per month and type.</summary>
/// <param name="Items">One row per month and type with events, months ascending ("undated" last).</param>
/// <param name="Total">Number of events counted.</param>
public sealed record StatsResponse(IReadOnlyList<MonthTypeCount> Items, int Total);

/// <summary>GET /api/v1/stats.</summary>
public static class StatsEndpoints
{
    /// <summary>Maps the stats endpoint on the API group.</summary>
    public static RouteGroupBuilder MapStatsEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/stats", GetStats)
            .WithName("GetStats")
            .WithSummary("Number of events per month and type, over the same filters as /events");
        return api;
    }

    internal static async Task<Results<Ok<StatsResponse>, ValidationProblem>> GetStats(
        [AsParameters] EventFilterParameters filters, HttpContext http, EventQueryParser parser, IEventStore store, CancellationToken cancellationToken)
    {
        var parsed = parser.Parse(filters, paging: null);
        var errors = parsed.Errors;
        QueryString.RejectUnknown(http.Request.Query, QueryString.Filters, errors);
        if (errors.Count > 0 || parsed.Query is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The query is not valid.");
        }
        using var activity = TimelineTelemetry.Gateway.StartActivity("gateway.stats");
        var counts = await store.CountByMonthAndTypeAsync(parsed.Query, cancellationToken);
        var ordered = counts
            .OrderBy(c => c.Month == "undated" ? 1 : 0).ThenBy(c => c.Month, StringComparer.Ordinal).ThenBy(c => c.Type, StringComparer.Ordinal)
            .ToList();
        activity?.SetTag("timeline.result.count", ordered.Count);
        GatewayMetrics.QueriesServed.Add(1, new("endpoint", "stats"), new("format", "json"));
        return TypedResults.Ok(new StatsResponse(ordered, ordered.Sum(c => c.Count)));
    }
}
