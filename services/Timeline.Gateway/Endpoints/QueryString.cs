using Microsoft.AspNetCore.Http;

namespace Timeline.Gateway.Endpoints;

/// <summary>Checks that a request names only parameters the endpoint knows, so a misspelt filter is an error rather than silently ignored.</summary>
internal static class QueryString
{
    public static readonly string[] Filters =
        ["from", "to", "actor", "country", "type", "status", "location", "minSources", "q", "asOf", "sort"];

    public static readonly string[] Paging = ["limit", "cursor"];

    /// <summary>Adds an error for each parameter outside <paramref name="allowed"/>.</summary>
    public static void RejectUnknown(IQueryCollection query, IEnumerable<string> allowed, Dictionary<string, string[]> errors)
    {
        var known = allowed.ToHashSet(StringComparer.Ordinal);
        foreach (var key in query.Keys)
        {
            if (!known.Contains(key))
            {
                errors[key] = [$"Unknown parameter '{key}'; this endpoint accepts {string.Join(", ", known.Order(StringComparer.Ordinal))}."];
            }
        }
    }
}
