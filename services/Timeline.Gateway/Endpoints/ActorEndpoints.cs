using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Timeline.Gateway.Actors;
using Timeline.Gateway.Querying;
using Timeline.Lexicon;

namespace Timeline.Gateway.Endpoints;

/// <summary>The actors of the gazetteer.</summary>
/// <param name="Items">Actors by name.</param>
public sealed record ActorListResponse(IReadOnlyList<ActorView> Items);

/// <summary>GET /api/v1/actors and /actors/{id}/events.</summary>
public static class ActorEndpoints
{
    /// <summary>Maps the actor endpoints on the API group.</summary>
    public static RouteGroupBuilder MapActorEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/actors", ListActors)
            .WithName("ListActors")
            .WithSummary("Known actors with their aliases (Arabic and English) and roles");
        api.MapGet("/actors/{id}/events", ListActorEvents)
            .WithName("ListActorEvents")
            .WithSummary("Events an actor takes part in; the id may also be any alias")
            .WithDescription("Takes the same filters and paging as /events; another actor parameter narrows to a pair.");
        return api;
    }

    internal static Results<Ok<ActorListResponse>, ValidationProblem> ListActors(
        [FromQuery(Name = "q"), Description("Only actors whose id, name or an alias contains this text (spelling variants folded).")] string? q,
        HttpContext http,
        ActorDirectory actors)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        QueryString.RejectUnknown(http.Request.Query, ["q"], errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The query is not valid.");
        }
        IEnumerable<ActorView> items = actors.All;
        if (!string.IsNullOrWhiteSpace(q))
        {
            var needle = TextNormalizer.Normalize(q.Trim());
            items = items.Where(a => a.Aliases.En.Concat(a.Aliases.Ar).Append(a.Name).Append(a.Id)
                .Any(name => TextNormalizer.Normalize(name).Contains(needle, StringComparison.Ordinal)));
        }
        GatewayMetrics.QueriesServed.Add(1, new("endpoint", "actors"), new("format", "json"));
        return TypedResults.Ok(new ActorListResponse([.. items]));
    }

    internal static async Task<Results<Ok<EventListResponse>, StatusCodeHttpResult, ValidationProblem, PushStreamHttpResult, ProblemHttpResult>> ListActorEvents(
        string id,
        [AsParameters] EventFilterParameters filters,
        [AsParameters] PagingParameters paging,
        HttpContext http,
        ActorDirectory actors,
        EventQueryParser parser,
        EventReader reader,
        CancellationToken cancellationToken)
    {
        var actor = actors.Resolve(id);
        if (actor is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such actor.",
                detail: $"'{id}' is neither an actor id nor an alias; see /api/v1/actors.");
        }
        var result = await EventEndpoints.RespondWithPage(filters, paging, [actor.Id], "actor_events",
            [.. QueryString.Filters, .. QueryString.Paging], http, parser, reader, cancellationToken);
        return result.Result switch
        {
            Ok<EventListResponse> ok => ok,
            StatusCodeHttpResult status => status,
            ValidationProblem problem => problem,
            _ => throw new InvalidOperationException("Unexpected result."),
        };
    }
}
