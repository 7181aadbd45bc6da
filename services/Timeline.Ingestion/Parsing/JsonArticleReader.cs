using System.Text.Json;

namespace Timeline.Ingestion.Parsing;

/// <summary>Reads <c>{url, title, body|html, publishedAt, source, language}</c>, one object or an array of them.</summary>
public static class JsonArticleReader
{
    /// <summary>One element of the input: a document to clean, or the reason it cannot be read.</summary>
    /// <param name="Document">The article, when the element could be read.</param>
    /// <param name="Error">Why the element was rejected, otherwise null.</param>
    public sealed record Item(SourceDocument? Document, string? Error);

    /// <summary>Reads the JSON; throws <see cref="MalformedInputException"/> when it is not JSON or not objects.</summary>
    public static IReadOnlyList<Item> Read(string json, CallerMetadata defaults)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(defaults);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            throw new MalformedInputException($"The body is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            return root.ValueKind switch
            {
                JsonValueKind.Object => [ReadItem(root, defaults)],
                JsonValueKind.Array when root.GetArrayLength() == 0 => throw new MalformedInputException("The JSON array holds no articles."),
                // Per-article values (url, title, date) from the query string only make sense for a single article.
                JsonValueKind.Array => root.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Object
                    ? ReadItem(e, defaults with { Url = null, Title = null, PublishedAt = null })
                    : new Item(null, "Each array element must be a JSON object.")).ToList(),
                _ => throw new MalformedInputException("The JSON body must be an article object or an array of article objects."),
            };
        }
    }

    private static Item ReadItem(JsonElement element, CallerMetadata defaults)
    {
        try
        {
            var body = String(element, "body");
            var html = String(element, "html");
            if (string.IsNullOrWhiteSpace(body) && string.IsNullOrWhiteSpace(html))
            {
                return new Item(null, "The article has neither \"body\" nor \"html\".");
            }
            var publishedText = String(element, "publishedAt");
            DateTimeOffset? published = null;
            if (!string.IsNullOrWhiteSpace(publishedText))
            {
                published = PublicationDateParser.ParseTimestamp(publishedText)
                    ?? throw new ArticleRejectedException($"\"publishedAt\" is not a valid date: \"{publishedText}\".");
            }
            var caller = new CallerMetadata(String(element, "source"), String(element, "url"), String(element, "title"), published, String(element, "language")).Or(defaults);
            var raw = element.GetRawText();
            var document = !string.IsNullOrWhiteSpace(body)
                ? new SourceDocument { Text = body, Raw = raw, RawContentType = "application/json", Caller = caller }
                : HtmlDocumentReader.Read(html!, caller, raw, "application/json");
            return new Item(document, null);
        }
        catch (ArticleRejectedException ex)
        {
            return new Item(null, ex.Message);
        }
    }

    private static string? String(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            throw new ArticleRejectedException($"\"{name}\" must be a string.");
        }
        var s = value.GetString();
        return string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }
}
