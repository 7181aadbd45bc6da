using System.Xml;
using System.Xml.Linq;

namespace Timeline.Loader;

/// <summary>Turns the loader's argument (a folder, a feed file, a list file, or one article file) into items to post.</summary>
public static class InputCollector
{
    private static readonly Dictionary<string, string> s_contentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = "text/plain; charset=utf-8",
        [".text"] = "text/plain; charset=utf-8",
        [".html"] = "text/html; charset=utf-8",
        [".htm"] = "text/html; charset=utf-8",
        [".xhtml"] = "application/xhtml+xml; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".rss"] = "application/rss+xml; charset=utf-8",
        [".atom"] = "application/atom+xml; charset=utf-8",
    };

    private static readonly XNamespace s_atom = "http://www.w3.org/2005/Atom";

    /// <summary>The items under <paramref name="path"/>, in a stable order.</summary>
    public static IReadOnlyList<LoadItem> Collect(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => s_contentTypes.ContainsKey(Path.GetExtension(f)) && !f.EndsWith(LoaderOptions.StateSuffix, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .SelectMany(f => FileItems(f, null))
                .ToList();
        }
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No file or folder at {path}.", path);
        }
        return TryReadList(path) is { } listed ? listed : FileItems(path, null);
    }

    /// <summary>A list file: every non-comment line is "path" or "url path" (the saved copy of that URL).</summary>
    private static List<LoadItem>? TryReadList(string path)
    {
        var extension = Path.GetExtension(path);
        var declared = extension is ".list" or ".lst" or ".urls";
        if (!declared && extension is not ".txt")
        {
            return null;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var entries = new List<(string? Url, string File)>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var parts = line.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var (url, file) = parts.Length == 2 && Uri.TryCreate(parts[0], UriKind.Absolute, out var u) && u.Scheme is "http" or "https"
                ? (parts[0], parts[1]) : ((string?)null, line);
            var resolved = Path.IsPathRooted(file) ? file : Path.Combine(folder, file);
            if (!File.Exists(resolved))
            {
                // A .txt whose lines are not files is an article, not a list.
                return declared ? throw new FileNotFoundException($"{path} lists {file}, which does not exist.", resolved) : null;
            }
            entries.Add((url, resolved));
        }
        return entries.Count == 0 ? null : entries.SelectMany(e => FileItems(e.File, e.Url)).ToList();
    }

    private static List<LoadItem> FileItems(string file, string? url)
    {
        var text = File.ReadAllText(file);
        var contentType = s_contentTypes.GetValueOrDefault(Path.GetExtension(file), "text/plain; charset=utf-8");
        if (contentType.StartsWith("application/", StringComparison.Ordinal) && contentType.Contains("xml", StringComparison.Ordinal)
            && SplitFeed(file, text) is { } items)
        {
            return items;
        }
        return [new LoadItem(Path.GetFullPath(file), Path.GetFileName(file), text, contentType, url)];
    }

    /// <summary>A feed as one single-item feed per item, so each is posted, counted and resumed on its own; null when it is not a readable feed.</summary>
    private static List<LoadItem>? SplitFeed(string file, string text)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }
        var root = document.Root!;
        var (container, items, contentType) = root.Name.LocalName switch
        {
            "rss" when root.Element("channel") is { } channel => (channel, channel.Elements("item").ToList(), "application/rss+xml; charset=utf-8"),
            "feed" when root.Name.Namespace == s_atom => (root, root.Elements(s_atom + "entry").ToList(), "application/atom+xml; charset=utf-8"),
            _ => (null, [], string.Empty),
        };
        if (container is null || items.Count == 0)
        {
            return null;
        }

        var result = new List<LoadItem>(items.Count);
        var full = Path.GetFullPath(file);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            foreach (var other in items.Where(o => o.Parent is not null))
            {
                other.Remove();
            }
            container.Add(item);
            var id = item.Element("guid")?.Value ?? item.Element("link")?.Value ?? item.Element(s_atom + "id")?.Value ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var title = item.Element("title")?.Value ?? item.Element(s_atom + "title")?.Value;
            result.Add(new LoadItem($"{full}#{id.Trim()}", $"{Path.GetFileName(file)} [{title?.Trim() ?? id.Trim()}]", document.ToString(SaveOptions.DisableFormatting), contentType));
        }
        return result;
    }
}
