namespace Timeline.Ingestion.Parsing;

/// <summary>Tells Arabic from English (and from anything else) by script and common function words.</summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> s_arabicWords = new(StringComparer.Ordinal)
    {
        "في", "من", "على", "إلى", "الى", "أن", "ان", "عن", "مع", "التي", "الذي", "هذا", "هذه", "قال", "بين", "كما", "وقال", "إن", "لا", "ما",
    };

    private static readonly HashSet<string> s_persianWords = new(StringComparer.Ordinal)
    {
        "است", "این", "که", "را", "می", "های", "برای", "شد", "آن", "یک", "به", "با", "بود",
    };

    private static readonly HashSet<string> s_englishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "was", "as", "by", "said", "at", "from", "his", "it", "has", "have", "will",
    };

    // Looked up by span, so counting words allocates nothing.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_arabicLookup = s_arabicWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_persianLookup = s_persianWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_englishLookup = s_englishWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"ar", "en", or null when the text is in another language or too short to tell.</summary>
    public static string? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int arabic = 0, latin = 0, other = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
            {
                arabic++;
            }
            else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F')
            {
                latin++;
            }
            else
            {
                other++;
            }
        }

        var letters = arabic + latin + other;
        if (letters < 20)
        {
            return null;
        }
        if (arabic >= letters * 0.5)
        {
            // Persian shares the script; its function words differ.
            var (ar, fa, _) = CountWords(text, s_arabicLookup, s_persianLookup);
            return ar >= fa ? "ar" : null;
        }
        if (latin >= letters * 0.5)
        {
            var (en, _, words) = CountWords(text, s_englishLookup, null);
            return en >= Math.Max(1, words * 0.06) ? "en" : null;
        }
        return null;
    }

    /// <summary>Whitespace-separated words in <paramref name="first"/> and <paramref name="second"/>, and all words; quotes and punctuation around a word are ignored.</summary>
    private static (int First, int Second, int Words) CountWords(
        string text, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> first, HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? second)
    {
        int inFirst = 0, inSecond = 0, words = 0;
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && char.IsWhiteSpace(span[i]))
            {
                i++;
            }
            var start = i;
            while (i < span.Length && !char.IsWhiteSpace(span[i]))
            {
                i++;
            }
            if (i == start)
            {
                break;
            }
            words++;
            var word = span[start..i].Trim("\"',.()");
            inFirst += first.Contains(word) ? 1 : 0;
            inSecond += second is { } s && s.Contains(word) ? 1 : 0;
        }
        return (inFirst, inSecond, words);
    }

    /// <summary>The primary subtag of a language tag ("en-US" → "en"), or null when it is not one.</summary>
    public static string? PrimaryTag(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }
        var primary = tag.Trim().Split('-', '_')[0];
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetter) ? primary.ToLowerInvariant() : null;
    }
}
