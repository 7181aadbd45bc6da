using System.Globalization;
using Timeline.Contracts;
using Timeline.Extraction.Extraction;

namespace Timeline.Extraction.Tests.Extraction;

/// <summary>Runs the extractor over sentences written for a test, as the body of a page under a headline.</summary>
internal static class Stories
{
    /// <summary>The events of <paramref name="text"/> published on <paramref name="published"/> (YYYY-MM-DD).</summary>
    public static IReadOnlyList<ExtractedEvent> Extract(string text, string published) =>
        EventExtractor.Default.Extract("article-1", "Headline\n" + text, DateOnly.Parse(published, CultureInfo.InvariantCulture));
}
