using System.Xml;
using System.Xml.Linq;

namespace Timeline.Ingestion.Parsing;

/// <summary>Reads RSS 2.0 (and RSS 1.0) and Atom feeds: every item or entry becomes one article.</summary>
public static class FeedReader
{
    private static readonly XNamespace s_atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace s_content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace s_dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace s_rss1 = "http://purl.org/rss/1.0/";

    /// <summary>The feed's items; throws <see cref="MalformedInputException"/> when the XML is broken or not a feed.</summary>
    public static IReadOnlyList<SourceDocument> Read(string xml, CallerMetadata caller)
    {
        ArgumentNullException.ThrowIfNull(xml);
        XDocument document;
        try
        {
            // No DTDs: a feed has no use for them, and they open the door to entity expansion attacks.
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            document = XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException ex)
        {
            throw new MalformedInputException($"The feed is not well-formed XML: {ex.Message}", ex);
        }

        var root = document.Root ?? throw new MalformedInputException("The XML document is empty.");
        return root.Name.LocalName switch
        {
            "rss" => ReadRss(root.Element("channel") ?? throw new MalformedInputException("The RSS document has no <channel>."), root.Element("channel")!.Elements("item"), XNamespace.None, caller),
            "RDF" => ReadRss(root.Element(s_rss1 + "channel"), root.Elements(s_rss1 + "item"), s_rss1, caller),
            "feed" when root.Name.Namespace == s_atom => ReadAtom(root, caller),
            _ => throw new MalformedInputException($"The XML document is not an RSS 2.0 or Atom feed (root element <{root.Name.LocalName}>)."),
        };
    }

    private static List<SourceDocument> ReadRss(XElement? channel, IEnumerable<XElement> items, XNamespace ns, CallerMetadata caller)
    {
        var feedTitle = Value(channel?.Element(ns + "title"));
        var feedLanguage = Value(channel?.Element(ns + "language")) ?? Value(channel?.Element(s_dc + "language"));
        var result = new List<SourceDocument>();
        foreach (var item in items)
        {
            var html = Value(item.Element(s_content + "encoded")) ?? Value(item.Element(ns + "description")) ?? string.Empty;
            var link = Value(item.Element(ns + "link")) ?? PermalinkGuid(item.Element(ns + "guid"));
            var published = PublicationDateParser.ParseTimestamp(Value(item.Element(ns + "pubDate")) ?? Value(item.Element(s_dc + "date")));
            result.Add(new SourceDocument
            {
                Text = html.Contains('<', StringComparison.Ordinal) ? HtmlDocumentReader.FragmentText(html) : html,
                Raw = item.ToString(SaveOptions.DisableFormatting),
                RawContentType = "application/rss+xml",
                Caller = caller,
                Title = Value(item.Element(ns + "title")),
                SiteName = feedTitle,
                Url = link,
                LanguageTag = Value(item.Element(s_dc + "language")) ?? feedLanguage,
                PublishedAt = published,
                PublishedAtSource = published is null ? null : "feed",
            });
        }
        return result;
    }

    private static List<SourceDocument> ReadAtom(XElement feed, CallerMetadata caller)
    {
        var feedTitle = Value(feed.Element(s_atom + "title"));
        var feedLanguage = (string?)feed.Attribute(XNamespace.Xml + "lang");
        var result = new List<SourceDocument>();
        foreach (var entry in feed.Elements(s_atom + "entry"))
        {
            var content = entry.Element(s_atom + "content") ?? entry.Element(s_atom + "summary");
            var type = (string?)content?.Attribute("type") ?? "text";
            var text = content is null ? string.Empty
                : type is "html" or "xhtml" || type.Contains("html", StringComparison.OrdinalIgnoreCase)
                    ? HtmlDocumentReader.FragmentText(type == "xhtml" ? string.Concat(content.Nodes()) : content.Value)
                    : content.Value;
            var link = entry.Elements(s_atom + "link")
                .Where(l => (string?)l.Attribute("rel") is null or "alternate")
                .Select(l => (string?)l.Attribute("href"))
                .FirstOrDefault(h => !string.IsNullOrWhiteSpace(h));
            var published = PublicationDateParser.ParseTimestamp(Value(entry.Element(s_atom + "published")) ?? Value(entry.Element(s_atom + "updated")));
            result.Add(new SourceDocument
            {
                Text = text,
                Raw = entry.ToString(SaveOptions.DisableFormatting),
                RawContentType = "application/atom+xml",
                Caller = caller,
                Title = Value(entry.Element(s_atom + "title")),
                SiteName = feedTitle,
                Url = link,
                LanguageTag = (string?)entry.Attribute(XNamespace.Xml + "lang") ?? feedLanguage,
                PublishedAt = published,
                PublishedAtSource = published is null ? null : "feed",
            });
        }
        return result;
    }

    private static string? PermalinkGuid(XElement? guid) =>
        guid is not null && !string.Equals((string?)guid.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase)
        && Uri.TryCreate(guid.Value.Trim(), UriKind.Absolute, out _) ? guid.Value.Trim() : null;

    private static string? Value(XElement? element) => element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();
}
