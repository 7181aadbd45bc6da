using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Timeline.Lexicon;

namespace Timeline.Ingestion.Parsing;

/// <summary>Finds calendar dates written the way news pages write them: ISO, numeric, English and Arabic month names.</summary>
public static partial class PublicationDateParser
{
    // Month names after TextNormalizer (alef/ta-marbuta/ya folded, diacritics gone, lower case).
    // Levantine pairs (تشرين الاول) come before their single-word prefixes so the longest name wins.
    internal static readonly (string Name, int Month)[] s_months =
    [
        ("تشرين الاول", 10), ("تشرين الثاني", 11), ("كانون الاول", 12), ("كانون الثاني", 1),
        ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("ابريل", 4), ("مايو", 5), ("يونيو", 6), ("يونيه", 6),
        ("يوليو", 7), ("يوليه", 7), ("اغسطس", 8), ("سبتمبر", 9), ("اكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
        ("شباط", 2), ("اذار", 3), ("نيسان", 4), ("ايار", 5), ("حزيران", 6), ("تموز", 7), ("اب", 8), ("ايلول", 9),
        ("جانفي", 1), ("فيفري", 2), ("افريل", 4), ("ماي", 5), ("جوان", 6), ("جويليه", 7), ("اوت", 8),
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
        ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sept", 9), ("sep", 9),
        ("oct", 10), ("nov", 11), ("dec", 12),
    ];

    private static readonly Dictionary<string, int> s_monthByName =
        s_months.GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.First().Month, StringComparer.Ordinal);

    // Every name of s_months, longest first so "تشرين الاول" and "مايو" win over shorter prefixes (a test checks the two agree).
    internal const string MonthNames = @"تشرين\s+الثاني|كانون\s+الثاني|تشرين\s+الاول|كانون\s+الاول|september|february|november|december|january|october|فبراير|سبتمبر|اكتوبر|نوفمبر|ديسمبر|حزيران|جويليه|august|يناير|ابريل|يونيو|يونيه|يوليو|يوليه|اغسطس|نيسان|ايلول|جانفي|فيفري|افريل|march|april|مارس|مايو|شباط|اذار|ايار|تموز|جوان|june|july|sept|ماي|اوت|may|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|اب";

    /// <summary>Phrases that announce a publication or update time, normalised.</summary>
    private static readonly string[] s_labels =
    [
        "تاريخ النشر", "نشر في", "نشر بتاريخ", "تاريخ الخبر", "التاريخ", "نشر", "اخر تحديث", "تم التحديث", "محدث",
        "published", "posted", "updated", "last updated", "date", "publication date",
    ];

    /// <summary>A date found in a line and how much of the line it covers.</summary>
    /// <param name="Value">The date (midnight UTC unless the text gave a time).</param>
    /// <param name="Start">Start of the match in the normalised line.</param>
    /// <param name="Length">Length of the match in the normalised line.</param>
    public readonly record struct DateMatch(DateTimeOffset Value, int Start, int Length);

    /// <summary>The first plausible date written in <paramref name="text"/>, or null.</summary>
    public static DateMatch? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FindIn(Prepare(text));
    }

    private static DateMatch? FindIn(string s)
    {
        DateMatch? best = null;
        void Consider(DateMatch? candidate)
        {
            if (candidate is { } c && (best is null || c.Start < best.Value.Start))
            {
                best = c;
            }
        }

        Consider(MatchIso(s));
        Consider(MatchNamed(s, DayMonthYear()));
        Consider(MatchNamed(s, MonthDayYear()));
        Consider(MatchNumeric(s));
        return best;
    }

    /// <summary>True when the line announces a publication date ("تاريخ النشر:", "Published") and holds one.</summary>
    public static bool TryReadLabelledDate(string line, out DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(line);
        date = default;
        if (!MayHoldDate(line, 200))
        {
            return false;
        }
        var s = Prepare(line).TrimStart();
        if (s.Length > 120 || FindIn(s) is not { } match || !IsLabelled(s, match))
        {
            return false;
        }
        date = match.Value;
        return true;
    }

    /// <summary>True when the line is a labelled date or little more than a date (a dateline under a headline).</summary>
    public static bool TryReadDateLine(string line, out DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(line);
        date = default;
        // Most lines are paragraphs: too long, or without a single digit, to be a date line. Skip the regexes for them.
        if (!MayHoldDate(line, 200))
        {
            return false;
        }
        var s = Prepare(line).TrimStart();
        if (s.Length > 120 || FindIn(s) is not { } match)
        {
            return false;
        }
        if (!IsLabelled(s, match))
        {
            // What is left besides the date: weekday names, times, "GMT", separators. Few letters means a date line.
            var letters = 0;
            for (var i = 0; i < s.Length; i++)
            {
                letters += (i < match.Start || i >= match.Start + match.Length) && char.IsLetter(s[i]) ? 1 : 0;
            }
            if (s.Length > 80 || letters > 18)
            {
                return false;
            }
        }
        date = match.Value;
        return true;
    }

    private static bool MayHoldDate(string line, int maxLength)
    {
        if (line.Length > maxLength)
        {
            return false;
        }
        foreach (var c in line)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    // The date must follow a label closely ("نشر في 19 ..."), not sit deep inside a sentence that starts with "نشرت".
    private static bool IsLabelled(string s, DateMatch match)
    {
        string? label = null;
        foreach (var l in s_labels)
        {
            if (s.StartsWith(l, StringComparison.Ordinal) && (label is null || l.Length > label.Length))
            {
                label = l;
            }
        }
        return label is not null && match.Start - label.Length <= 12 && !(label.Length < s.Length && char.IsLetter(s[label.Length]));
    }

    /// <summary>Parses a machine-written timestamp (ISO 8601, RFC 822 as in RSS); null when it is not one.</summary>
    public static DateTimeOffset? ParseTimestamp(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var v = value.Trim();
        if (DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return Plausible(parsed) ? parsed : null;
        }
        // RFC 822 forms DateTimeOffset does not read: "+0300" offsets and named zones.
        var rfc = RfcOffset().Replace(v, m => $"{m.Groups[1].Value}{m.Groups[2].Value}:{m.Groups[3].Value}");
        rfc = RfcZone().Replace(rfc, m => m.Groups[1].Value.ToUpperInvariant() switch
        {
            "EST" => "-05:00", "EDT" => "-04:00", "CST" => "-06:00", "CDT" => "-05:00",
            "MST" => "-07:00", "MDT" => "-06:00", "PST" => "-08:00", "PDT" => "-07:00",
            _ => "+00:00",
        });
        string[] formats = ["ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm zzz"];
        if (DateTimeOffset.TryParseExact(rfc, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out parsed))
        {
            return Plausible(parsed) ? parsed : null;
        }
        return Find(v)?.Value;
    }

    private static bool Plausible(DateTimeOffset d) => d.Year >= 1950 && d <= DateTimeOffset.UtcNow.AddDays(2);

    private static string Prepare(string text)
    {
        // Normalise letters and digits (Arabic-Indic to ASCII), but keep length stable enough for coverage checks.
        var n = TextNormalizer.Normalize(text);
        var sb = new StringBuilder(n.Length);
        foreach (var c in n)
        {
            sb.Append(c is '\u00A0' or '\u200F' or '\u200E' or '\u061C' ? ' ' : c);
        }
        return sb.ToString();
    }

    private static DateMatch? MatchIso(string s)
    {
        var m = IsoDate().Match(s);
        while (m.Success)
        {
            if (DateTimeOffset.TryParse(m.Value.Replace('/', '-'), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) && Plausible(parsed))
            {
                return new DateMatch(m.Groups["time"].Success ? parsed : Midnight(parsed.Year, parsed.Month, parsed.Day)!.Value, m.Index, m.Length);
            }
            m = m.NextMatch();
        }
        return null;
    }

    private static DateMatch? MatchNamed(string s, Regex regex)
    {
        var m = regex.Match(s);
        while (m.Success)
        {
            var monthName = WhitespaceRun().Replace(m.Groups["m"].Value, " ");
            if (s_monthByName.TryGetValue(monthName, out var month)
                && Midnight(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), month, int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture)) is { } date)
            {
                return new DateMatch(date, m.Index, m.Length);
            }
            m = m.NextMatch();
        }
        return null;
    }

    private static DateMatch? MatchNumeric(string s)
    {
        var m = NumericDate().Match(s);
        while (m.Success)
        {
            var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            // Day first (Arabic and European pages); month first only when the first number cannot be a month.
            var date = b <= 12 ? Midnight(y, b, a) : Midnight(y, a, b);
            if (date is { } d)
            {
                return new DateMatch(d, m.Index, m.Length);
            }
            m = m.NextMatch();
        }
        return null;
    }

    private static DateTimeOffset? Midnight(int year, int month, int day)
    {
        if (year < 1950 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Min(year, 9999), month))
        {
            return null;
        }
        var d = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
        return Plausible(d) ? d : null;
    }

    // "19 اكتوبر 2023", "19th, October 2023", "19 اكتوبر/تشرين الاول 2023", "19 Oct. 2023"
    [GeneratedRegex(@"(?<![\p{L}\d])(?<d>\d{1,2})(?:st|nd|rd|th)?[\s,.\-]{0,4}(?<m>" + MonthNames + @")\.?(?:\s*/\s*(?:" + MonthNames + @"))?[\s,.\-]{0,4}(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    // "October 19, 2023", "يناير 16, 2025", "Oct. 19th 2023"
    [GeneratedRegex(@"(?<!\p{L})(?<m>" + MonthNames + @")\.?(?:\s*/\s*(?:" + MonthNames + @"))?\s{1,3}(?<d>\d{1,2})(?:st|nd|rd|th)?[\s,]{1,4}(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<!\d)\d{4}[-/](?:0?[1-9]|1[0-2])[-/](?:0?[1-9]|[12]\d|3[01])(?<time>T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\d/.-])(?<a>\d{1,2})[/.-](?<b>\d{1,2})[/.-](?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();

    [GeneratedRegex(@"([+-])(\d{2})(\d{2})\s*$")]
    private static partial Regex RfcOffset();

    [GeneratedRegex(@"\b(GMT|UTC|UT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RfcZone();
}
