using Timeline.Lexicon;

namespace Timeline.Extraction.Extraction.Document;

/// <summary>
/// Where the story stands on the page: past the headline, without the page furniture after it ("إقرأ أيضاً", "Related
/// articles", tags) and without a "read also" list set inside it.
/// </summary>
internal sealed class StoryLayout
{
    private readonly ExtractionData _data;

    /// <summary>Reads page layout with the story-end and end-of-list openings of <paramref name="data"/>.</summary>
    public StoryLayout(ExtractionData data) => _data = data;

    /// <summary>
    /// The parts of the page that tell the story: after the headline (which restates the lead in the present tense,
    /// without the lead's dates), up to the first line that opens page furniture ("إقرأ أيضاً", "Related articles",
    /// tags) — except that a "read also" list closed by an "end of list" line a few lines on is skipped and the story
    /// goes on after it.
    /// </summary>
    public List<(int Start, int End)> StoryRanges(string body)
    {
        var ranges = new List<(int Start, int End)>();
        var start = HeadlineEnd(body);
        var lineStart = start;
        while (lineStart < body.Length)
        {
            var lineEnd = LineEnd(body, lineStart);
            // Only lines past the opening of the page: a story does not end in its first lines.
            if (lineStart > 200 && LineOpensWith(body, lineStart, lineEnd, _data.StoryEnd))
            {
                var resume = ListEnd(body, lineEnd + 1);
                ranges.Add((start, lineStart));
                if (resume < 0)
                {
                    return ranges;
                }
                start = lineStart = resume;
                continue;
            }
            lineStart = lineEnd + 1;
        }
        ranges.Add((start, body.Length));
        return ranges;
    }

    /// <summary>Where the story resumes after a "read also" list: past an "end of list" line within the next few lines, or -1.</summary>
    private int ListEnd(string body, int from)
    {
        var lineStart = from;
        for (var n = 0; n < 12 && lineStart < body.Length; n++)
        {
            var lineEnd = LineEnd(body, lineStart);
            if (LineOpensWith(body, lineStart, lineEnd, _data.ListEnd))
            {
                return lineEnd + 1;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    /// <summary>
    /// Where the body starts after its headline: the first line when it is short, has no sentence-final punctuation and
    /// more text follows; else 0.
    /// </summary>
    private static int HeadlineEnd(string body)
    {
        var lineStart = 0;
        while (lineStart < body.Length && char.IsWhiteSpace(body[lineStart]))
        {
            lineStart++;
        }
        var lineEnd = LineEnd(body, lineStart);
        if (lineEnd >= body.Length || body.AsSpan(lineEnd).IsWhiteSpace())
        {
            return 0;
        }
        var line = body.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
        var trimmed = line.TrimEnd("\"'”»’)");
        if (line.Length == 0 || trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' or '؟' or '…' or ':')
        {
            return 0;
        }
        var words = 1;
        foreach (var c in line)
        {
            words += c == ' ' ? 1 : 0;
        }
        return words <= 20 ? lineEnd + 1 : 0;
    }

    private static int LineEnd(string body, int from)
    {
        var end = body.IndexOf('\n', from);
        return end < 0 ? body.Length : end;
    }

    private static bool LineOpensWith(string body, int lineStart, int lineEnd, IReadOnlyList<string> openings)
    {
        var probe = TextNormalizer.Key(body.Substring(lineStart, Math.Min(40, lineEnd - lineStart)));
        return openings.Any(m => probe.StartsWith(m, StringComparison.Ordinal) && (probe.Length == m.Length || !char.IsLetterOrDigit(probe[m.Length])));
    }
}
