using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Timeline.Loader;

/// <summary>What the ingestion API said about one posted item.</summary>
/// <param name="Statuses">Status of each article read from it ("accepted", "duplicate", "near_duplicate").</param>
/// <param name="Rejections">Reasons for the articles it refused (a 4xx, or rejected entries of a 202).</param>
/// <param name="Failure">Set when the call itself failed (network, 5xx): the item is not finished and is retried next run.</param>
public sealed record PostResult(IReadOnlyList<string> Statuses, IReadOnlyList<string> Rejections, string? Failure);

/// <summary>Posts items to POST /api/v1/articles, with <paramref name="apiKey"/> as X-Api-Key when given.</summary>
public sealed class IngestionClient(HttpClient http, string? apiKey = null)
{
    /// <summary>Posts one item with the optional outlet name.</summary>
    public async Task<PostResult> PostAsync(LoadItem item, string? source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(source))
        {
            query.Add("source=" + Uri.EscapeDataString(source));
        }
        if (!string.IsNullOrWhiteSpace(item.Url))
        {
            query.Add("url=" + Uri.EscapeDataString(item.Url));
        }
        var uri = "api/v1/articles" + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty);
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(item.Content));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(item.ContentType);

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(uri, UriKind.Relative)) { Content = content };
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            return new PostResult([], [], ex.Message);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            // A refused key or an exhausted budget says nothing about the item: it is retried on the next run.
            if ((int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout
                or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                return new PostResult([], [], $"{(int)response.StatusCode} {response.ReasonPhrase}");
            }
            var json = TryParse(body);
            if (!response.IsSuccessStatusCode)
            {
                var detail = json is { } p && p.TryGetProperty("detail", out var d) ? d.GetString() : body;
                return new PostResult([], [$"{(int)response.StatusCode}: {detail}"], null);
            }
            if (json is not { } root)
            {
                return new PostResult([], [], "The API answered with something that is not JSON.");
            }
            var statuses = root.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("status").GetString() ?? "unknown").ToList();
            var rejections = root.TryGetProperty("rejected", out var r)
                ? r.EnumerateArray().Select(x => $"item {x.GetProperty("index").GetInt32()}: {x.GetProperty("reason").GetString()}").ToList()
                : [];
            return new PostResult(statuses, rejections, null);
        }
    }

    private static JsonElement? TryParse(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
