using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Timeline.Gateway.Exports;

/// <summary>An export format: its query name, media type and file extension.</summary>
/// <param name="Name">Value of the format parameter.</param>
/// <param name="MediaType">Content type of the response.</param>
/// <param name="Extension">File extension of the download.</param>
public sealed record ExportFormat(string Name, string MediaType, string Extension)
{
    /// <summary>A JSON array of events (the API's camelCase contract).</summary>
    public static readonly ExportFormat Json = new("json", "application/json", "json");

    /// <summary>One row per event, RFC 4180, UTF-8 with a byte-order mark so spreadsheets show Arabic.</summary>
    public static readonly ExportFormat Csv = new("csv", "text/csv", "csv");

    /// <summary>iCalendar (RFC 5545), one all-day VEVENT per dated event.</summary>
    public static readonly ExportFormat Ics = new("ics", "text/calendar", "ics");

    /// <summary>PLOVER-style event records as JSON.</summary>
    public static readonly ExportFormat Plover = new("plover", "application/json", "plover.json");

    /// <summary>Every format.</summary>
    public static readonly IReadOnlyList<ExportFormat> All = [Json, Csv, Ics, Plover];

    /// <summary>
    /// The format asked for: the format parameter wins; otherwise the most preferred of text/csv, text/calendar
    /// and application/json in Accept; otherwise <paramref name="fallback"/>. Null when the format parameter is unknown.
    /// </summary>
    public static ExportFormat? Negotiate(string? format, HttpRequest request, ExportFormat fallback)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!string.IsNullOrWhiteSpace(format))
        {
            return All.FirstOrDefault(f => string.Equals(f.Name, format.Trim(), StringComparison.OrdinalIgnoreCase));
        }
        var accept = request.GetTypedHeaders().Accept;
        if (accept is null || accept.Count == 0)
        {
            return fallback;
        }
        foreach (var media in accept.OrderByDescending(a => a.Quality ?? 1.0))
        {
            if (media.IsExactly("text/csv"))
            {
                return Csv;
            }
            if (media.IsExactly("text/calendar"))
            {
                return Ics;
            }
            if (media.IsExactly("application/json") || media.IsExactly("application/problem+json"))
            {
                return Json;
            }
        }
        return fallback;
    }
}

internal static class MediaTypeMatching
{
    public static bool IsExactly(this MediaTypeHeaderValue value, string mediaType) =>
        value.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase);
}
