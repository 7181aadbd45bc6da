using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Timeline.Contracts;
using Timeline.Gateway.Exports;
using Timeline.Gateway.Querying;
using Timeline.Storage;

namespace Timeline.Gateway.Endpoints;

/// <summary>A page of events.</summary>
/// <param name="Items">The events, in the requested order, each compact: counts, at most 3 sampled mentions, the latest 5 changes.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> (with the same filters) for the next page; null on the last page.</param>
public sealed record EventListResponse(IReadOnlyList<TimelineEvent> Items, string? NextCursor);

/// <summary>A page of an event's mentions.</summary>
/// <param name="EventId">The event.</param>
/// <param name="MentionCount">How many mentions support it in all.</param>
/// <param name="Items">The mentions, in report order (publication time, then mention id).</param>
/// <param name="NextCursor">Pass as <c>cursor</c> for the next page; null on the last page.</param>
public sealed record MentionListResponse(string EventId, int MentionCount, IReadOnlyList<Mention> Items, string? NextCursor);

/// <summary>GET /api/v1/events, /events/{id}, /events/{id}/mentions and /events/export.</summary>
public static class EventEndpoints
{
    /// <summary>Maps the event endpoints on the API group.</summary>
    public static RouteGroupBuilder MapEventEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/events", ListEvents)
            .WithName("ListEvents")
            .WithSummary("Events matching the filters, one page at a time")
            .WithDescription("Ordered by date then id (stable). Paging: follow nextCursor. Sends a weak ETag; If-None-Match gives 304. " +
                "With format=csv|ics|plover, or Accept: text/csv or text/calendar, the whole result is exported instead (as /events/export).")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar");
        api.MapGet("/events/export", ExportEvents)
            .WithName("ExportEvents")
            .WithSummary("Every event matching the filters as a download: json, csv, ics or plover")
            .WithDescription("Format from the format parameter, else from Accept (text/csv, text/calendar, application/json), else JSON.")
            .Produces<TimelineEvent[]>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar")
            .ProducesValidationProblem();
        api.MapGet("/events/{id}", GetEvent)
            .WithName("GetEvent")
            .WithSummary("One event: its fields, counts, a sample of at most 8 mentions and its latest 20 changes")
            .WithDescription("Every mention: /events/{id}/mentions. An id merged into another event answers 301 with the surviving event's URL.");
        api.MapGet("/events/{id}/mentions", ListMentions)
            .WithName("ListMentions")
            .WithSummary("Every mention supporting an event, one page at a time")
            .WithDescription($"In report order (publication time, then mention id). Paging: follow nextCursor; limit 1–{MentionSample.MaxPageSize}, default {DefaultMentionPage}. " +
                "An id merged into another event answers 301 with the surviving event's mentions URL; a retired event has none.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    internal static async Task<Results<Ok<EventListResponse>, StatusCodeHttpResult, ValidationProblem, PushStreamHttpResult>> ListEvents(
        [AsParameters] EventFilterParameters filters,
        [AsParameters] PagingParameters paging,
        [FromQuery(Name = "format")] string? format,
        HttpContext http,
        EventQueryParser parser,
        EventReader reader,
        IOptions<JsonOptions> json,
        CancellationToken cancellationToken)
    {
        var exportFormat = ExportFormat.Negotiate(format, http.Request, ExportFormat.Json);
        if (exportFormat is not null && exportFormat != ExportFormat.Json)
        {
            // Asking /events for a file format means the whole result, exactly as /events/export gives it.
            return await Export(filters, format, [.. QueryString.Filters, .. QueryString.Paging, "format"], http, parser, reader, json);
        }
        return await RespondWithPage(filters, paging, [], "events", [.. QueryString.Filters, .. QueryString.Paging, "format"],
            http, parser, reader, cancellationToken, format);
    }

    /// <summary>Answers a page query: validation, store query, cursor wrapping, ETag and 304.</summary>
    internal static async Task<Results<Ok<EventListResponse>, StatusCodeHttpResult, ValidationProblem, PushStreamHttpResult>> RespondWithPage(
        EventFilterParameters filters,
        PagingParameters paging,
        IReadOnlyList<string> actorIds,
        string endpoint,
        string[] allowed,
        HttpContext http,
        EventQueryParser parser,
        EventReader reader,
        CancellationToken cancellationToken,
        string? format = null)
    {
        var parsed = parser.Parse(filters, paging, actorIds);
        var errors = parsed.Errors;
        QueryString.RejectUnknown(http.Request.Query, allowed, errors);
        if (format is not null && ExportFormat.Negotiate(format, http.Request, ExportFormat.Json) is null)
        {
            errors["format"] = [$"Unknown format '{format}'; expected one of {string.Join(", ", ExportFormat.All.Select(f => f.Name))}."];
        }
        if (errors.Count > 0 || parsed.Query is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The query is not valid.");
        }

        EventPage page;
        try
        {
            page = await reader.QueryPageAsync(parsed.Query, endpoint, cancellationToken);
        }
        catch (ArgumentException) when (parsed.Query.Cursor is not null)
        {
            // Only a cursor the store cannot read gets here: the filters were validated above.
            errors["cursor"] = ["'cursor' is not a cursor returned for this query; start again without it."];
            return TypedResults.ValidationProblem(errors, title: "The query is not valid.");
        }
        // List items are compact whatever the story's size; the document and the mentions endpoint have the rest.
        var response = new EventListResponse([.. page.Items.Select(MentionSample.Compact)], EventQueryParser.WrapCursor(page.NextCursor, parsed.Query));
        GatewayMetrics.QueriesServed.Add(1, new("endpoint", endpoint), new("format", "json"));
        if (NotModified(http, PageTag(response)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        return TypedResults.Ok(response);
    }

    internal static Task<Results<Ok<EventListResponse>, StatusCodeHttpResult, ValidationProblem, PushStreamHttpResult>> ExportEvents(
        [AsParameters] EventFilterParameters filters,
        [FromQuery(Name = "format")] string? format,
        HttpContext http,
        EventQueryParser parser,
        EventReader reader,
        IOptions<JsonOptions> json) =>
        Export(filters, format, [.. QueryString.Filters, "format"], http, parser, reader, json);

    private static Task<Results<Ok<EventListResponse>, StatusCodeHttpResult, ValidationProblem, PushStreamHttpResult>> Export(
        EventFilterParameters filters, string? format, string[] allowed, HttpContext http, EventQueryParser parser, EventReader reader, IOptions<JsonOptions> json)
    {
        var parsed = parser.Parse(filters, paging: null);
        var errors = parsed.Errors;
        QueryString.RejectUnknown(http.Request.Query, allowed, errors);
        var exportFormat = ExportFormat.Negotiate(format, http.Request, ExportFormat.Json);
        if (exportFormat is null)
        {
            errors["format"] = [$"Unknown format '{format}'; expected one of {string.Join(", ", ExportFormat.All.Select(f => f.Name))}."];
        }
        if (errors.Count > 0 || parsed.Query is null || exportFormat is null)
        {
            return Task.FromResult<Results<Ok<EventListResponse>, StatusCodeHttpResult, ValidationProblem, PushStreamHttpResult>>(
                TypedResults.ValidationProblem(errors, title: "The query is not valid."));
        }

        var query = parsed.Query;
        var options = json.Value.SerializerOptions;
        GatewayMetrics.QueriesServed.Add(1, new("endpoint", "export"), new("format", exportFormat.Name));
        var contentType = exportFormat.MediaType + (exportFormat == ExportFormat.Ics || exportFormat == ExportFormat.Csv ? "; charset=utf-8" : string.Empty);
        return Task.FromResult<Results<Ok<EventListResponse>, StatusCodeHttpResult, ValidationProblem, PushStreamHttpResult>>(
            TypedResults.Stream(async body =>
            {
                var written = await EventExportWriter.WriteAsync(exportFormat, reader.ReadAllAsync(query, exportFormat.Name, http.RequestAborted),
                    body, options, reader.ReadMentionsAsync, http.RequestAborted);
                GatewayMetrics.EventsExported.Add(written, new KeyValuePair<string, object?>("format", exportFormat.Name));
            }, contentType, "timeline-events." + exportFormat.Extension));
    }

    internal static async Task<Results<Ok<TimelineEvent>, RedirectHttpResult, ProblemHttpResult, StatusCodeHttpResult>> GetEvent(
        string id, HttpContext http, IEventStore store, CancellationToken cancellationToken)
    {
        using var activity = Timeline.ServiceDefaults.TimelineTelemetry.Gateway.StartActivity("gateway.get_event");
        activity?.SetTag("timeline.event.id", id);
        var found = await store.GetAsync(id, cancellationToken);
        GatewayMetrics.QueriesServed.Add(1, new("endpoint", "event"), new("format", "json"));
        if (found is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such event.", detail: $"There is no event '{id}'.");
        }
        if (found.MergedInto is { Length: > 0 } survivor && survivor != found.Id)
        {
            activity?.SetTag("timeline.event.merged_into", survivor);
            return TypedResults.Redirect($"{http.Request.PathBase}/api/v1/events/{Uri.EscapeDataString(survivor)}", permanent: true);
        }
        if (NotModified(http, $"W/\"{found.Id}.{found.Version.ToString(CultureInfo.InvariantCulture)}\""))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        return TypedResults.Ok(found);
    }

    /// <summary>Default page size of /events/{id}/mentions.</summary>
    internal const int DefaultMentionPage = 50;

    internal static async Task<Results<Ok<MentionListResponse>, RedirectHttpResult, ProblemHttpResult, ValidationProblem>> ListMentions(
        string id, [FromQuery(Name = "cursor")] string? cursor, [FromQuery(Name = "limit")] string? limit, HttpContext http, IEventStore store,
        CancellationToken cancellationToken)
    {
        using var activity = Timeline.ServiceDefaults.TimelineTelemetry.Gateway.StartActivity("gateway.list_mentions");
        activity?.SetTag("timeline.event.id", id);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        QueryString.RejectUnknown(http.Request.Query, QueryString.Paging, errors);
        var size = DefaultMentionPage;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > MentionSample.MaxPageSize))
        {
            errors["limit"] = [$"'limit' must be a whole number from 1 to {MentionSample.MaxPageSize}."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The query is not valid.");
        }
        var found = await store.GetAsync(id, cancellationToken);
        GatewayMetrics.QueriesServed.Add(1, new("endpoint", "mentions"), new("format", "json"));
        if (found is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such event.", detail: $"There is no event '{id}'.");
        }
        if (found.MergedInto is { Length: > 0 } survivor && survivor != found.Id)
        {
            return TypedResults.Redirect($"{http.Request.PathBase}/api/v1/events/{Uri.EscapeDataString(survivor)}/mentions", permanent: true);
        }
        MentionPage page;
        try
        {
            page = await store.GetMentionsAsync(found.Id, string.IsNullOrEmpty(cursor) ? null : cursor, size, cancellationToken);
        }
        catch (ArgumentException)
        {
            errors["cursor"] = ["'cursor' is not a cursor returned for this event's mentions; start again without it."];
            return TypedResults.ValidationProblem(errors, title: "The query is not valid.");
        }
        activity?.SetTag("timeline.result.count", page.Items.Count);
        // An event stored before counts were kept holds its whole list: its count is that list's length.
        return TypedResults.Ok(new MentionListResponse(found.Id, Math.Max(found.MentionCount, found.Mentions.Count), page.Items, page.NextCursor));
    }

    /// <summary>Sets the ETag and says whether the client's If-None-Match already has it.</summary>
    internal static bool NotModified(HttpContext http, string etag)
    {
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "no-cache";
        var ifNoneMatch = http.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch is null || ifNoneMatch.Count == 0)
        {
            return false;
        }
        var ours = EntityTagHeaderValue.Parse(etag);
        return ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }

    /// <summary>A weak validator for a page: the ids and versions it holds and where it continues.</summary>
    internal static string PageTag(EventListResponse page)
    {
        var sb = new StringBuilder("p1");
        foreach (var e in page.Items)
        {
            sb.Append('|').Append(e.Id).Append(':').Append(e.Version.ToString(CultureInfo.InvariantCulture));
        }
        sb.Append('#').Append(page.NextCursor);
        return $"W/\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())), 0, 16)}\"";
    }
}
