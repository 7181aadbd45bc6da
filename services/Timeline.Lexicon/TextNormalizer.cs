using System.Text;

namespace Timeline.Lexicon;

/// <summary>Folds Arabic and Latin spelling variants to one matching form; the original text is never changed.</summary>
public static class TextNormalizer
{
    /// <summary>Normalises text for matching: Arabic letter variants, diacritics, tatweel, digits, case.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case 'أ' or 'إ' or 'آ' or 'ٱ': sb.Append('ا'); break;
                case 'ة': sb.Append('ه'); break;
                case 'ى' or 'ی': sb.Append('ي'); break;
                case 'ک': sb.Append('ك'); break;
                case 'ـ': break;
                case >= '\u064B' and <= '\u065F' or '\u0670': break;
                case >= '٠' and <= '٩': sb.Append((char)('0' + (c - '٠'))); break;
                case >= '۰' and <= '۹': sb.Append((char)('0' + (c - '۰'))); break;
                default: sb.Append(char.ToLowerInvariant(c)); break;
            }
        }
        return sb.ToString();
    }
}
