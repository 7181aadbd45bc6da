using Timeline.ServiceDefaults;

namespace Timeline.Ingestion.Parsing;

/// <summary>An article ready to be stored: the cleaned story and its metadata, each value from the best source available.</summary>
public sealed record ParsedArticle
{
    /// <summary>Id derived from the content hash.</summary>
    public required string Id { get; init; }
    /// <summary>Outlet: caller, credit line, site name or feed title, else "unknown".</summary>
    public required string Source { get; init; }
    /// <summary>URL, when known.</summary>
    public string? Url { get; init; }
    /// <summary>Headline, when known.</summary>
    public string? Title { get; init; }
    /// <summary>"ar", "en", or the caller's code.</summary>
    public required string Language { get; init; }
    /// <summary>The cleaned story exactly as written.</summary>
    public required string Body { get; init; }
    /// <summary>Publication time, when known.</summary>
    public DateTimeOffset? PublishedAt { get; init; }
    /// <summary>"caller", "page", "meta" or "feed".</summary>
    public string? PublishedAtSource { get; init; }
    /// <summary>Hash, id and SimHash of the story.</summary>
    public required StoryFingerprint Fingerprint { get; init; }
    /// <summary>The input exactly as received.</summary>
    public required string Raw { get; init; }
    /// <summary>Media type of <see cref="Raw"/>.</summary>
    public required string RawContentType { get; init; }
}

/// <summary>One article of a request: parsed, or rejected with a reason.</summary>
/// <param name="Index">Position in the request (0 for single-article bodies).</param>
/// <param name="Article">The parsed article, or null.</param>
/// <param name="Error">Why it was rejected, or null.</param>
public sealed record ParseItem(int Index, ParsedArticle? Article, string? Error);

/// <summary>Turns a request body of any supported media type into cleaned, dated, fingerprinted articles.</summary>
public static class ArticleParser
{
    /// <summary>Media types the parser reads.</summary>
    public static readonly IReadOnlySet<string> SupportedMediaTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "text/plain", "text/html", "application/xhtml+xml", "application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/json",
    };

    /// <summary>Parses <paramref name="body"/>; throws <see cref="MalformedInputException"/> when the whole body is unreadable.</summary>
    public static IReadOnlyList<ParseItem> Parse(string mediaType, string body, CallerMetadata caller)
    {
        ArgumentNullException.ThrowIfNull(mediaType);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(caller);
        using var activity = TimelineTelemetry.Ingestion.StartActivity("ingestion.parse");
        activity?.SetTag("timeline.media_type", mediaType);

        List<(SourceDocument? Document, string? Error)> documents = mediaType.ToLowerInvariant() switch
        {
            "text/plain" => [(new SourceDocument { Text = body, Raw = body, RawContentType = "text/plain", Caller = caller }, null)],
            "text/html" or "application/xhtml+xml" => [(HtmlDocumentReader.Read(body, caller, body, mediaType), null)],
            "application/json" => JsonArticleReader.Read(body, caller).Select(i => (i.Document, i.Error)).ToList(),
            "application/rss+xml" or "application/atom+xml" or "application/xml" or "text/xml" => FeedDocuments(body, caller),
            _ => throw new MalformedInputException($"Unsupported media type {mediaType}."),
        };

        var items = new List<ParseItem>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            var (document, error) = documents[i];
            if (document is null)
            {
                items.Add(new ParseItem(i, null, error));
                continue;
            }
            try
            {
                items.Add(new ParseItem(i, Build(document), null));
            }
            catch (ArticleRejectedException ex)
            {
                items.Add(new ParseItem(i, null, ex.Message));
            }
        }
        activity?.SetTag("timeline.articles", items.Count(i => i.Article is not null));
        activity?.SetTag("timeline.rejected", items.Count(i => i.Article is null));
        return items;
    }

    /// <summary>Cleans, dates and fingerprints one document, applying the caller's metadata first.</summary>
    public static ParsedArticle Build(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var cleaned = StoryCleaner.Clean(document.Text);
        if (string.IsNullOrWhiteSpace(cleaned.Body))
        {
            throw new ArticleRejectedException("No story text is left after removing boilerplate.");
        }

        var caller = document.Caller;
        string? language;
        if (caller.Language is not null)
        {
            language = LanguageDetector.PrimaryTag(caller.Language)
                ?? throw new ArticleRejectedException($"\"language\" is not a language code: \"{caller.Language}\".");
        }
        else
        {
            language = LanguageDetector.Detect(cleaned.Body) ?? DeclaredLanguage(document.LanguageTag, cleaned.Body)
                ?? throw new ArticleRejectedException("The story's language could not be identified as Arabic or English; send \"language\" to say which it is.");
        }

        var (publishedAt, publishedAtSource) = caller.PublishedAt is { } callerDate ? (callerDate, "caller")
            : document.PublishedAt is { } formatDate ? (formatDate, document.PublishedAtSource ?? "meta")
            : cleaned.PublishedAt is { } pageDate ? (pageDate, "page")
            : ((DateTimeOffset?)null, (string?)null);

        // Caller and format links alike: one that is not http(s) (javascript:, data:, relative) would reach the page as a link.
        var url = First(caller.Url, document.Url);
        if (url is not null && !ArticleUrl.IsAccepted(url))
        {
            throw new ArticleRejectedException(ArticleUrl.Refusal("The article's url", url));
        }

        var fingerprint = StoryFingerprint.Of(cleaned.Body);
        return new ParsedArticle
        {
            Id = fingerprint.ArticleId,
            Fingerprint = fingerprint,
            Source = First(caller.Source, cleaned.SourceName, document.SiteName, HostOf(caller.Url ?? document.Url)) ?? "unknown",
            Url = url,
            Title = First(caller.Title, document.Title, cleaned.Headline),
            Language = language,
            Body = cleaned.Body,
            PublishedAt = publishedAt,
            PublishedAtSource = publishedAtSource,
            Raw = document.Raw,
            RawContentType = document.RawContentType,
        };
    }

    private static List<(SourceDocument?, string?)> FeedDocuments(string body, CallerMetadata caller)
    {
        var items = FeedReader.Read(body, caller);
        if (items.Count == 0)
        {
            throw new MalformedInputException("The feed holds no items.");
        }
        // Per-article values (url, title, date) from the query string only make sense for a single item.
        var shared = items.Count > 1 ? caller with { Url = null, Title = null, PublishedAt = null } : caller;
        return items.Select(d => ((SourceDocument?)(d with { Caller = shared }), (string?)null)).ToList();
    }

    // A declared language only settles it when the text is at least in the matching script.
    private static string? DeclaredLanguage(string? tag, string body) =>
        LanguageDetector.PrimaryTag(tag) is "ar" or "en" && body.Count(char.IsLetter) >= 20 ? LanguageDetector.PrimaryTag(tag) : null;

    private static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host : null;

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
}
