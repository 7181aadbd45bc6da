using System.Text;

namespace Timeline.Lexicon;

/// <summary>Folds Arabic and Latin spelling variants to one matching form; the original text is never changed.</summary>
/// <remarks>
/// The fold is one character to at most one character (characters are only dropped, never expanded), so the
/// offset map returned by <see cref="Normalize(string, out int[])"/> can carry a match back to the original text.
/// </remarks>
public static class TextNormalizer
{
    private static readonly char[] LatinFold = BuildLatinFold();

    // Every character below U+0800 (Latin, Arabic) folded once: char.ToLowerInvariant outside ASCII asks ICU per call,
    // which made folding the largest cost of tokenising. Built by FoldUncached, so a lookup gives exactly its answer.
    private static readonly char[] LowFold = BuildLowFold();

    /// <summary>Normalises text for matching: Arabic letter variants, diacritics, tatweel, digits, case.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var f = Fold(c);
            if (f != '\0')
            {
                sb.Append(f);
            }
        }
        return sb.ToString();
    }

    /// <summary>Normalises text and returns, for every character of the result, its index in <paramref name="text"/>.</summary>
    public static string Normalize(string text, out int[] offsets)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var map = new int[text.Length];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var f = Fold(text[i]);
            if (f != '\0')
            {
                sb.Append(f);
                map[n++] = i;
            }
        }
        offsets = map.AsSpan(0, n).ToArray();
        return sb.ToString();
    }

    /// <summary>Normalises and collapses everything that is not a letter or digit to single spaces: the key used for alias lookups.</summary>
    public static string Key(string text)
    {
        var norm = Normalize(text);
        var sb = new StringBuilder(norm.Length);
        var space = false;
        foreach (var c in norm)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }
                sb.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>Folds one character; '\0' means the character is dropped (diacritics, tatweel, invisible marks).</summary>
    public static char Fold(char c) => c < LowFold.Length ? LowFold[c] : FoldUncached(c);

    private static char FoldUncached(char c)
    {
        switch (c)
        {
            case 'أ' or 'إ' or 'آ' or 'ٱ' or 'ٲ' or 'ٳ': return 'ا';
            case 'ة' or 'ۀ' or 'ە' or 'ۃ': return 'ه';
            case 'ى' or 'ی' or 'ې' or 'ۍ' or 'ئ': return 'ي';
            case 'ؤ': return 'و';
            case 'ک' or 'ڪ': return 'ك';
            case 'ـ': return '\0';
            case >= '\u064B' and <= '\u065F' or '\u0670' or (>= '\u06D6' and <= '\u06ED'): return '\0';
            // Invisible direction and joiner marks that copy-pasted Arabic text is full of.
            case >= '\u200B' and <= '\u200F' or '\u061C' or '\uFEFF' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'): return '\0';
            case >= '٠' and <= '٩': return (char)('0' + (c - '٠'));
            case >= '۰' and <= '۹': return (char)('0' + (c - '۰'));
            case '“' or '”' or '„' or '«' or '»' or '″': return '"';
            case '‘' or '’' or '`' or '´' or 'ʼ' or '′': return '\'';
            case '‐' or '‑' or '‒' or '–' or '—' or '−': return '-';
            case '،': return ',';
            case '؛': return ';';
            case '؟': return '?';
            case '\u00A0' or '\u2009' or '\u202F': return ' ';
            case >= '\u00C0' and <= '\u017F': return LatinFold[c - '\u00C0'];
            default: return char.ToLowerInvariant(c);
        }
    }

    private static char[] BuildLowFold()
    {
        var table = new char[0x0800];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = FoldUncached((char)i);
        }
        return table;
    }

    private static char[] BuildLatinFold()
    {
        var table = new char[0x017F - 0x00C0 + 1];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)(0x00C0 + i);
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            table[i] = char.ToLowerInvariant(d[0]);
        }
        return table;
    }
}
