namespace Timeline.Ingestion.Parsing;

/// <summary>Which article links are accepted: only absolute http(s) URLs, since the page turns them into links analysts click.</summary>
public static class ArticleUrl
{
    /// <summary>True when <paramref name="url"/> is an absolute http or https URL with a host.</summary>
    public static bool IsAccepted(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    /// <summary>Why <paramref name="url"/> is refused, for the 422 answer.</summary>
    public static string Refusal(string field, string url) => $"{field} is not an absolute http(s) URL: \"{url}\".";
}
