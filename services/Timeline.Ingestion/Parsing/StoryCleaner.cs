using System.Text;
using System.Text.RegularExpressions;
using Timeline.Lexicon;

namespace Timeline.Ingestion.Parsing;

/// <summary>The main story cut out of a page's text, with what the page said about itself.</summary>
/// <param name="Headline">The headline line just above the story, when there is one.</param>
/// <param name="Body">The story's paragraphs exactly as written, one per line; empty when no story was found.</param>
/// <param name="PublishedAt">A publication date written on the page itself (a date line under the headline, "تاريخ النشر: ..."), or null.</param>
/// <param name="SourceName">The outlet named by a credit line ("المصدر: الجزيرة", "Source: Reuters"), or null.</param>
/// <param name="DroppedLines">How many non-empty lines were left out of the story.</param>
public sealed record CleanedStory(string? Headline, string Body, DateTimeOffset? PublishedAt, string? SourceName, int DroppedLines);

/// <summary>
/// Cuts a page's text down to its main story using general signals: markers in Arabic and English ("اقرأ أيضاً",
/// "مقالات ذات صلة", "Read more", "Tags:"), line shape (teasers ending in "...", runs of short link-like lines,
/// captions ending in an agency credit, repeated lines) and a headline followed by a date (a second article).
/// </summary>
public static partial class StoryCleaner
{
    private enum Kind
    {
        Text,
        Noise,
        Marker,
        Date,
        Credit,
    }

    private sealed record Line(string Text, string Norm, int Words, Kind Kind, DateTimeOffset? Date = null, string? Credit = null);

    // Markers after which the page stops being the story ("read also", related lists, tags, footers). Normalised.
    private static readonly string[] s_tailPrefixes =
    [
        "اقرا ايضا", "اقرا المزيد", "اقرا كذلك", "طالع ايضا", "شاهد ايضا", "انظر ايضا", "مقالات ذات صله", "مواضيع ذات صله",
        "اخبار ذات صله", "موضوعات ذات صله", "قد يهمك ايضا", "قد يهمك", "قد يعجبك ايضا", "المزيد من الاخبار", "المزيد في",
        "الاكثر قراءه", "الاكثر مشاهده", "اخترنا لك", "اخبار متعلقه", "مقالات مقترحه", "كلمات دلاليه", "الكلمات الدلاليه",
        "الكلمات المفتاحيه", "كلمات مفتاحيه", "الوسوم", "وسوم", "جميع الحقوق محفوظه", "حقوق النشر", "اضف تعليق", "التعليقات",
        "read more", "read also", "also read", "see also", "related articles", "related stories", "related news", "related posts",
        "related content", "related coverage", "more stories", "more from", "more on this", "you may also like",
        "you might also like", "recommended for you", "most read", "most popular", "trending now", "source link", "tags",
        "topics", "keywords", "all rights reserved", "copyright", "leave a comment", "comments",
    ];

    // Markers that only count when they are the whole line ("Related" alone, not "Related to this, ...").
    // Characters trimmed from every line, held once: a params array would be allocated per call.
    private static readonly char[] s_invisible = ['\u200F', '\u200E', '\u200B', '\uFEFF', '\u00A0'];
    private static readonly char[] s_closers = [' ', '"', '\'', '”', '“', '»', '«', ')', '(', '’', ']'];
    private static readonly char[] s_markerEnd = [' ', ':', '：', '-', '|', '.', '…'];
    private static readonly char[] s_noiseEnd = [' ', ':', '.', '!', '|'];
    private static readonly char[] s_markerStart = ['#', '»', '>', ' ', '-', '|'];
    private static readonly string[] s_tailExact = ["ذات صله", "related", "more", "المزيد", "تعليقات"];

    // Lines dropped wherever they are: ads, sharing and follow prompts.
    private static readonly string[] s_noiseExact =
    [
        "اعلان", "advertisement", "ad", "sponsored", "محتوى مدفوع", "شارك", "شاركها", "share", "tweet", "print", "طباعه",
        "subscribe", "اشترك", "facebook", "twitter", "whatsapp", "telegram", "linkedin", "email", "نسخ الرابط", "copy link",
    ];

    private static readonly string[] s_noisePrefixes =
    [
        "شارك الخبر", "شارك المقال", "شارك هذا", "شارك على", "شارك عبر", "share this", "share on", "share article", "share via",
        "تابعونا على", "تابعنا على", "تابعوا", "follow us", "subscribe to", "sign up", "اشترك في", "اضغط هنا", "click here",
        "للاشتراك", "حمل تطبيق", "download our app", "صوره:", "الصوره:", "photo:", "image:", "picture:",
    ];

    // Words that make a trailing parenthesis a photo credit: "(أ.ف.ب)", "(رويترز)", "(Getty Images)".
    private static readonly HashSet<string> s_creditWords = new(StringComparer.Ordinal)
    {
        "رويترز", "الاناضول", "اناضول", "غيتي", "جيتي", "ارشيفيه", "ارشيف", "وكالات", "سبوتنيك", "تاس", "يونهاب", "اسوشيتد",
        "getty", "afp", "reuters", "ap", "epa", "dpa", "tass", "yonhap", "kcna", "shutterstock", "photo", "file", "صوره", "اعلام",
        "الصحافه", "ريا", "نوفوستي", "كنا", "واس", "وام", "قنا", "سانا", "xinhua", "شينخوا",
    };

    private static readonly string[] s_creditDotted = ["ا.ف.ب", "ا ف ب", "د.ب.ا", "ا.ب", "ا.ب.ا", "ي.ب.ا", "ب.ب.س"];

    private static readonly string[] s_creditLabels = ["المصدر", "مصدر الخبر", "source", "المصدر الاصلي"];

    /// <summary>Cleans <paramref name="text"/> (one paragraph per line, as the seeds and flattened HTML are).</summary>
    public static CleanedStory Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = Classify(text);
        var start = FindStoryStart(lines, out var headNoise);
        if (start < 0)
        {
            return new CleanedStory(null, string.Empty, null, lines.FirstOrDefault(l => l.Kind == Kind.Credit)?.Credit, lines.Count);
        }

        var headline = FindHeadline(lines, start);
        var end = FindStoryEnd(lines, start);

        // Dates only from the story's own head (never from a related-links block before it) or labelled lines in the story.
        var dateFrom = headNoise ? Math.Max(0, (headline ?? start) - 2) : 0;
        DateTimeOffset? published = null;
        for (var i = dateFrom; i < end && published is null; i++)
        {
            if (lines[i].Kind == Kind.Date && (i < start || i < start + 3 || PublicationDateParser.TryReadLabelledDate(lines[i].Text, out _)))
            {
                published = lines[i].Date;
            }
        }

        var body = new StringBuilder();
        var kept = 0;
        for (var i = start; i < end; i++)
        {
            if (lines[i].Kind == Kind.Text)
            {
                if (body.Length > 0)
                {
                    body.Append('\n');
                }
                body.Append(lines[i].Text);
                kept++;
            }
        }

        string? credit = null;
        for (var i = 0; i < end && credit is null; i++)
        {
            credit = lines[i].Kind == Kind.Credit ? lines[i].Credit : null;
        }

        return new CleanedStory(headline is { } h ? lines[h].Text : null, body.ToString(), published, credit, lines.Count - kept);
    }

    private static List<Line> Classify(string text)
    {
        var result = new List<Line>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in LineBreaks().Split(text))
        {
            var t = InlineNoise().Replace(raw, " ");
            t = t.Trim().Trim(s_invisible).Trim();
            // "إعلان" glued to the next paragraph by a scraper ("إعلانوالأسبوع ...").
            if (t.StartsWith("إعلانو", StringComparison.Ordinal) || t.StartsWith("اعلانو", StringComparison.Ordinal))
            {
                t = t[5..];
            }
            if (t.Length == 0)
            {
                continue;
            }
            var norm = Whitespace().Replace(TextNormalizer.Normalize(t), " ");
            var words = CountWords(t);
            var line = new Line(t, norm, words, Kind.Text);

            if (IsTailMarker(norm))
            {
                line = line with { Kind = Kind.Marker };
            }
            else if (TryReadCredit(t, norm, words, out var credit))
            {
                line = line with { Kind = Kind.Credit, Credit = credit };
            }
            else if (PublicationDateParser.TryReadDateLine(t, out var date))
            {
                line = line with { Kind = Kind.Date, Date = date };
            }
            else if (IsNoise(t, norm, words) || (words >= 2 && !seen.Add(norm)))
            {
                line = line with { Kind = Kind.Noise };
            }
            result.Add(line);
        }
        return result;
    }

    private static int FindStoryStart(List<Line> lines, out bool headNoise)
    {
        headNoise = false;
        var shortRun = 0;
        int firstParagraph = -1, firstLongish = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind == Kind.Marker)
            {
                headNoise = true;
                continue;
            }
            if (line.Kind != Kind.Text)
            {
                continue;
            }
            if (IsParagraph(line))
            {
                firstParagraph = firstParagraph < 0 ? i : firstParagraph;
                // After a related-links block, a teaser can look like a paragraph: ask for a second paragraph or a long one.
                if (!headNoise || line.Words >= 40 || NextText(lines, i) is { } next && IsParagraph(lines[next]))
                {
                    return i;
                }
            }
            else
            {
                firstLongish = firstLongish < 0 && line.Words >= 6 ? i : firstLongish;
                shortRun = line.Words <= 12 ? shortRun + 1 : 0;
                headNoise |= IsTeaser(line.Text) || shortRun >= 3;
            }
        }
        return firstParagraph >= 0 ? firstParagraph : firstLongish;
    }

    private static int? FindHeadline(List<Line> lines, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            switch (lines[i].Kind)
            {
                case Kind.Noise or Kind.Date or Kind.Credit:
                    continue;
                case Kind.Marker:
                    return null;
                default:
                    return IsHeadlineLike(lines[i]) ? i : null;
            }
        }
        return null;
    }

    private static int FindStoryEnd(List<Line> lines, int start)
    {
        var runStart = -1;
        var run = 0;
        for (var i = start + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind == Kind.Marker)
            {
                return i;
            }
            if (line.Kind != Kind.Text)
            {
                continue;
            }
            // A headline directly followed by a date line starts another article.
            if (IsHeadlineLike(line) && NextNonNoise(lines, i) is { } next && lines[next].Kind == Kind.Date)
            {
                return i;
            }
            // Four or more short lines in a row without sentence punctuation: a link list or a menu, not prose.
            if (!IsParagraph(line) && line.Words <= 12 && !EndsSentence(line.Text))
            {
                runStart = run == 0 ? i : runStart;
                if (++run >= 4)
                {
                    return runStart;
                }
            }
            else
            {
                run = 0;
            }
        }
        return lines.Count;
    }

    private static int? NextText(List<Line> lines, int i)
    {
        for (var j = i + 1; j < lines.Count; j++)
        {
            if (lines[j].Kind == Kind.Text)
            {
                return j;
            }
            if (lines[j].Kind == Kind.Marker)
            {
                return null;
            }
        }
        return null;
    }

    private static int? NextNonNoise(List<Line> lines, int i)
    {
        for (var j = i + 1; j < lines.Count; j++)
        {
            if (lines[j].Kind != Kind.Noise)
            {
                return j;
            }
        }
        return null;
    }

    // Questions are left out of the short form: headlines ask them ("... هل التحالف الجديد يهدد الغرب؟").
    private static bool IsParagraph(Line line) =>
        !IsTeaser(line.Text) && ((line.Words >= 15 && EndsSentence(line.Text) && !IsQuestion(line.Text)) || line.Words >= 25);

    private static bool IsQuestion(string text) => text.TrimEnd(' ', '"', '”', '»').EndsWith('?') || text.TrimEnd(' ', '"', '”', '»').EndsWith('؟');

    private static bool IsHeadlineLike(Line line) =>
        line.Words is >= 2 and <= 30 && !IsTeaser(line.Text) && !IsParagraph(line) && !line.Text.EndsWith('.');

    private static bool IsTeaser(string text) => text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…');

    private static bool EndsSentence(string text)
    {
        var t = text.TrimEnd(s_closers);
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '؟' or '。' or '۔' or ':' or '؛' or ';';
    }

    private static bool IsTailMarker(string norm)
    {
        var bare = norm.TrimEnd(s_markerEnd).TrimStart(s_markerStart);
        if (bare.StartsWith('©'))
        {
            return true;
        }
        if (s_tailExact.Contains(bare, StringComparer.Ordinal))
        {
            return true;
        }
        foreach (var marker in s_tailPrefixes)
        {
            if (!bare.StartsWith(marker, StringComparison.Ordinal))
            {
                continue;
            }
            if (bare.Length == marker.Length)
            {
                return true;
            }
            var rest = bare.AsSpan(marker.Length).TrimStart();
            // "Tags: a, b", "اقرأ أيضاً: عنوان" count; a sentence that merely starts with the words does not.
            if (rest.Length > 0 && rest[0] is ':' or '：' or '-' or '|' or '»')
            {
                return true;
            }
            if (marker.Contains(' ', StringComparison.Ordinal) && CountWords(bare) <= 20 && !EndsSentence(bare))
            {
                return true;
            }
        }
        return false;
    }

    private static bool TryReadCredit(string text, string norm, int words, out string? credit)
    {
        credit = null;
        if (words > 8)
        {
            return false;
        }
        foreach (var label in s_creditLabels)
        {
            if (!norm.StartsWith(label, StringComparison.Ordinal))
            {
                continue;
            }
            var rest = norm.AsSpan(label.Length).TrimStart();
            if (rest.Length == 0 || rest[0] is not (':' or '：'))
            {
                continue;
            }
            var colon = text.IndexOfAny([':', '：']);
            var name = colon >= 0 ? text[(colon + 1)..].Trim() : string.Empty;
            credit = name.Length > 0 ? name : null;
            return credit is not null;
        }
        return false;
    }

    private static bool IsNoise(string text, string norm, int words)
    {
        if (words <= 1 || text.Count(char.IsLetter) < 2)
        {
            return true;
        }
        var bare = norm.TrimEnd(s_noiseEnd);
        if (s_noiseExact.Contains(bare, StringComparer.Ordinal))
        {
            return true;
        }
        if (words <= 10)
        {
            foreach (var prefix in s_noisePrefixes)
            {
                if (bare.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        // A long run of words with no punctuation at all is a tag or keyword dump.
        if (words >= 40 && !text.Any(c => c is '.' or ',' or '،' or '؛' or ':' or '!' or '?' or '؟' or '"' or '«' or '“'))
        {
            return true;
        }
        return IsCaption(text, norm, words);
    }

    private static bool IsCaption(string text, string norm, int words)
    {
        if (words > 35 || !norm.TrimEnd().EndsWith(')'))
        {
            return false;
        }
        var m = TrailingParenthesis().Match(norm);
        if (!m.Success)
        {
            return false;
        }
        var before = norm[..m.Index].TrimEnd();
        if (before.Length == 0 || before[^1] is '.' or '!' or '?' or '؟')
        {
            return false;
        }
        var inner = m.Groups[1].Value;
        if (s_creditDotted.Any(d => inner.Contains(d, StringComparison.Ordinal)))
        {
            return true;
        }
        var tokens = CreditSeparators().Split(inner);
        return tokens.Length <= 5 && tokens.Any(s_creditWords.Contains) && text.Length > 0;
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }
            inWord = letter || (inWord && c is '-' or '\'' or '’' or 'ـ');
        }
        return count;
    }

    [GeneratedRegex(@"\r\n|\r|\n|\u2028|\u2029")]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"\[ad_\d+\]|\bspot_img\b|\[/?caption[^\]]*\]", RegexOptions.IgnoreCase)]
    private static partial Regex InlineNoise();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\(([^()]{1,60})\)\s*$")]
    private static partial Regex TrailingParenthesis();

    [GeneratedRegex(@"[\s\-–—/،,]+")]
    private static partial Regex CreditSeparators();
}
