namespace Timeline.Eval.Scoring;

/// <summary>Decides whether an evidence sentence comes from the glued-on, off-topic part of its corpus file.</summary>
public sealed class OffTopicRegions(IReadOnlyList<GoldArticle> gold, Func<string, string?> readFile)
{
    private readonly Dictionary<string, (string Text, int Start, int End)> _files = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="sentence"/> of the article named <paramref name="source"/> lies outside its story range.</summary>
    public bool IsOffTopic(string source, string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var file = Resolve(source);
        if (file is null)
        {
            return false;
        }
        var (text, start, end) = file.Value;
        var probe = sentence.Length > 60 ? sentence[..60] : sentence;
        var at = text.IndexOf(probe, StringComparison.Ordinal);
        return at >= 0 && (at < start || at >= end);
    }

    private (string Text, int Start, int End)? Resolve(string source)
    {
        if (_files.TryGetValue(source, out var cached))
        {
            return cached;
        }
        var article = gold.FirstOrDefault(a => string.Equals(a.File, source, StringComparison.Ordinal) || source.EndsWith(a.File, StringComparison.Ordinal));
        if (article is null || readFile(article.File) is not { } text)
        {
            return null;
        }
        var (s, e) = article.StoryRange(text);
        _files[source] = (text, s, e);
        return _files[source];
    }
}
