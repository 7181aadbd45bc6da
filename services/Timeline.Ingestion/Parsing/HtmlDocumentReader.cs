using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Timeline.Ingestion.Parsing;

/// <summary>Reads an HTML page with AngleSharp: meta tags, then the main content element flattened to one paragraph per line.</summary>
public static partial class HtmlDocumentReader
{
    private static readonly HtmlParser s_parser = new(new HtmlParserOptions { IsScripting = false });

    // Elements that never hold the story.
    private const string JunkSelector =
        "script,style,noscript,template,svg,canvas,iframe,object,embed,form,button,input,select,textarea,nav,aside,footer,figure,figcaption,"
        + "[role=navigation],[role=complementary],[role=contentinfo],[role=banner],[aria-hidden=true],[hidden]";

    private static readonly HashSet<string> s_blockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "BR", "BLOCKQUOTE", "SECTION", "ARTICLE", "HEADER",
        "MAIN", "TR", "TABLE", "PRE", "DL", "DT", "DD", "HR", "TIME", "ADDRESS",
    };

    /// <summary>Reads <paramref name="html"/>; <paramref name="raw"/> and <paramref name="rawContentType"/> are kept as the stored input.</summary>
    public static SourceDocument Read(string html, CallerMetadata caller, string? raw = null, string rawContentType = "text/html")
    {
        ArgumentNullException.ThrowIfNull(html);
        using var document = s_parser.ParseDocument(html);

        var meta = MetaTags(document);
        var published = meta.First("property:article:published_time", "name:article:published_time", "itemprop:datePublished", "name:pubdate",
                "name:publishdate", "name:publish-date", "name:date", "name:dc.date", "name:dc.date.issued", "property:og:published_time")
            ?? JsonLdDatePublished(document)
            ?? document.QuerySelector("time[itemprop='datePublished'], article time[datetime], time[pubdate]")?.GetAttribute("datetime");
        var title = meta.First("property:og:title", "name:twitter:title")
            ?? document.QuerySelector("h1")?.TextContent.Trim()
            ?? document.Title?.Trim();
        var siteName = meta.First("property:og:site_name", "name:application-name");
        var url = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? meta.First("property:og:url");
        var lang = document.DocumentElement.GetAttribute("lang") ?? meta.First("http-equiv:content-language", "property:og:locale");

        foreach (var junk in document.QuerySelectorAll(JunkSelector).ToList())
        {
            junk.Remove();
        }
        foreach (var element in document.QuerySelectorAll("[class],[id]").ToList())
        {
            if (element.LocalName is not ("article" or "main" or "body" or "html") && IsBoilerplate(element)
                && element.QuerySelector("article,main,[itemprop='articleBody']") is null)
            {
                element.Remove();
            }
        }

        var root = ContentRoot(document);
        var text = new StringBuilder(html.Length / 3);
        if (root is not null)
        {
            Flatten(root, text);
        }

        var publishedAt = PublicationDateParser.ParseTimestamp(published);
        return new SourceDocument
        {
            Text = text.ToString(),
            Raw = raw ?? html,
            RawContentType = rawContentType,
            Caller = caller,
            Title = string.IsNullOrWhiteSpace(title) ? null : Whitespace().Replace(title, " "),
            SiteName = string.IsNullOrWhiteSpace(siteName) ? null : siteName.Trim(),
            // A page's own canonical link is a hint, not a claim: a relative or non-http one is left out rather than refusing the page.
            Url = ArticleUrl.IsAccepted(url?.Trim()) ? url!.Trim() : null,
            LanguageTag = lang,
            PublishedAt = publishedAt,
            PublishedAtSource = publishedAt is null ? null : "meta",
        };
    }

    /// <summary>Flattens an HTML fragment (a feed item's description) to text, one block per line.</summary>
    public static string FragmentText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var document = s_parser.ParseDocument("<body>" + html + "</body>");
        foreach (var junk in document.QuerySelectorAll(JunkSelector).ToList())
        {
            junk.Remove();
        }
        var sb = new StringBuilder(html.Length);
        if (document.Body is { } body)
        {
            Flatten(body, sb);
        }
        return sb.ToString();
    }

    /// <summary>Every meta tag's content keyed by "attribute:value" ("property:og:title"), read in one pass over the page.</summary>
    private static MetaTagValues MetaTags(IDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.GetElementsByTagName("meta"))
        {
            var content = element.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }
            foreach (var attribute in s_metaKeys)
            {
                if (element.GetAttribute(attribute) is { Length: > 0 } key)
                {
                    // The first tag wins, as a selector query would find it.
                    values.TryAdd(attribute + ":" + key, content.Trim());
                }
            }
        }
        return new MetaTagValues(values);
    }

    private static readonly string[] s_metaKeys = ["property", "name", "itemprop", "http-equiv"];

    private readonly record struct MetaTagValues(Dictionary<string, string> Values)
    {
        /// <summary>The content of the first of <paramref name="keys"/> the page has.</summary>
        public string? First(params ReadOnlySpan<string> keys)
        {
            foreach (var key in keys)
            {
                if (Values.TryGetValue(key, out var value))
                {
                    return value;
                }
            }
            return null;
        }
    }

    private static string? JsonLdDatePublished(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            var m = JsonLdDate().Match(script.TextContent);
            if (m.Success)
            {
                return m.Groups[1].Value;
            }
        }
        return null;
    }

    private static bool IsBoilerplate(IElement element)
    {
        var marks = (element.ClassName ?? string.Empty) + " " + (element.Id ?? string.Empty);
        return BoilerplateMark().IsMatch(marks);
    }

    private static IElement? ContentRoot(IDocument document)
    {
        var body = document.QuerySelector("[itemprop='articleBody']");
        if (body is not null)
        {
            return body;
        }
        IElement? article = null;
        var articleLength = 0;
        foreach (var candidate in document.QuerySelectorAll("article"))
        {
            var length = candidate.TextContent.Length;
            (article, articleLength) = length > articleLength ? (candidate, length) : (article, articleLength);
        }
        if (article is not null && articleLength > 200)
        {
            return article;
        }
        var main = document.QuerySelector("main, [role=main]");
        if (main is not null && main.TextContent.Trim().Length > 200)
        {
            return main;
        }

        // No semantic markup: the element whose direct paragraphs hold the most text.
        IElement? best = null;
        var bestScore = 0;
        var scores = new Dictionary<IElement, int>();
        foreach (var p in document.QuerySelectorAll("p"))
        {
            if (p.ParentElement is not { } parent)
            {
                continue;
            }
            var length = p.TextContent.Trim().Length;
            scores[parent] = scores.GetValueOrDefault(parent) + length;
            if (scores[parent] > bestScore)
            {
                bestScore = scores[parent];
                best = parent;
            }
        }
        // Headline and date often sit just outside the paragraphs' parent.
        return best is not null && bestScore > 200 ? best.ParentElement ?? best : document.Body;
    }

    private static void Flatten(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText textNode:
                    AppendText(sb, textNode.Data);
                    break;
                case IElement element:
                    var block = s_blockTags.Contains(element.TagName);
                    if (block)
                    {
                        NewLine(sb);
                    }
                    if (element.TagName != "BR")
                    {
                        Flatten(element, sb);
                    }
                    if (block)
                    {
                        NewLine(sb);
                    }
                    break;
            }
        }
    }

    private static void AppendText(StringBuilder sb, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] is not (' ' or '\n'))
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }
    }

    private static void NewLine(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }
        if (sb.Length > 0 && sb[^1] != '\n')
        {
            sb.Append('\n');
        }
    }

    [GeneratedRegex(@"(?:^|[\s_-])(share|sharing|social|related|recommend\w*|comments?|sidebar|advert\w*|ads?|adv|promo\w*|newsletter|breadcrumbs?|menu|navbar|nav|tags?|subscribe|footer|cookie\w*|popup|modal|widget|most-?read|trending|read-?more|also-?read|outbrain|taboola)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplateMark();

    [GeneratedRegex(@"""datePublished""\s*:\s*""([^""]+)""")]
    private static partial Regex JsonLdDate();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
