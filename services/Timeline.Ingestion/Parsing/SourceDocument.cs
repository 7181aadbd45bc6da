namespace Timeline.Ingestion.Parsing;

/// <summary>What a reader (text, HTML, feed, JSON) got out of one article before cleaning: its text and what the format said about it.</summary>
public sealed record SourceDocument
{
    /// <summary>The article's text, one paragraph per line, not yet cleaned.</summary>
    public required string Text { get; init; }

    /// <summary>The input this article came from, exactly as received (the whole body, a feed item, a JSON element).</summary>
    public required string Raw { get; init; }

    /// <summary>Media type of <see cref="Raw"/>.</summary>
    public required string RawContentType { get; init; }

    /// <summary>Metadata the caller gave; it wins over everything the document says.</summary>
    public CallerMetadata Caller { get; init; } = CallerMetadata.None;

    /// <summary>Headline the format carries (og:title, feed item title).</summary>
    public string? Title { get; init; }

    /// <summary>Outlet the format names (og:site_name, feed title).</summary>
    public string? SiteName { get; init; }

    /// <summary>URL the format gives (canonical link, feed item link).</summary>
    public string? Url { get; init; }

    /// <summary>Language tag the format declares (html lang, feed language).</summary>
    public string? LanguageTag { get; init; }

    /// <summary>Publication time the format states (meta tag, feed date).</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Where <see cref="PublishedAt"/> came from: "meta" or "feed".</summary>
    public string? PublishedAtSource { get; init; }
}

/// <summary>Metadata the caller sends with an article (query string or JSON fields); each value wins over guesses from the text.</summary>
/// <param name="Source">Outlet name.</param>
/// <param name="Url">Article URL.</param>
/// <param name="Title">Headline.</param>
/// <param name="PublishedAt">Publication time.</param>
/// <param name="Language">Language code.</param>
public sealed record CallerMetadata(string? Source, string? Url, string? Title, DateTimeOffset? PublishedAt, string? Language)
{
    /// <summary>No metadata.</summary>
    public static readonly CallerMetadata None = new(null, null, null, null, null);

    /// <summary>These values where set, <paramref name="fallback"/>'s otherwise.</summary>
    public CallerMetadata Or(CallerMetadata fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return new CallerMetadata(Source ?? fallback.Source, Url ?? fallback.Url, Title ?? fallback.Title, PublishedAt ?? fallback.PublishedAt, Language ?? fallback.Language);
    }
}

/// <summary>The whole request cannot be read (malformed JSON or XML, not a feed); maps to 400.</summary>
public sealed class MalformedInputException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>One article of the input cannot be accepted (empty story, unknown language, bad date); maps to 422.</summary>
public sealed class ArticleRejectedException(string reason) : Exception(reason);
