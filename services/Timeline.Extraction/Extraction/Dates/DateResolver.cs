using System.Globalization;
using Timeline.Contracts;
using Timeline.Extraction.Extraction.Text;
using Timeline.Lexicon;

namespace Timeline.Extraction.Extraction.Dates;

/// <summary>
/// Finds and resolves date expressions in Arabic and English against the publication date: explicit dates in every
/// month-name system (and "نوفمبر/تشرين الثاني" pairs), Hijri dates (the Gregorian after "الموافق" wins), weekdays
/// (the one on or before publication, after it in future context), "أمس/اليوم/غدا", last/this/next week, month and
/// year, "منتصف سبتمبر", "منذ 20 شهرًا", bare months by tense, and bare years. Without a publication date only
/// expressions that carry their year resolve.
/// </summary>
public sealed class DateResolver(CalendarWords words)
{
    private static readonly Lazy<DateResolver> LazyDefault = new(() => new DateResolver(ExtractionData.Default.Calendar));
    private static readonly UmAlQuraCalendar Hijri = new();

    /// <summary>Days after publication within which a day told without its year is this year's, whatever the tense.</summary>
    private const int NearAhead = 14;

    // Every word of every sentence is asked whether it is a weekday, "منذ/ago" or "since": their shapes answer most.
    private readonly WordShapes _weekdays = new(words.Weekdays.Keys);
    private readonly WordShapes _ago = new(words.Ago);
    private readonly WordShapes _since = new(words.SinceWords);

    /// <summary>The resolver over the shipped calendar vocabulary.</summary>
    public static DateResolver Default => LazyDefault.Value;

    /// <summary>Resolves the first date expression of a standalone sentence (tense read from the sentence's own cues).</summary>
    public DateMention? Resolve(string sentence, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var data = ExtractionData.Default;
        var tokens = Tokenizer.Tokenize(sentence, 0, sentence.Length, data.ClauseOpeners);
        var future = false;
        for (var i = 0; i < tokens.Count && !future; i++)
        {
            future = data.Planned.MatchAt(tokens, i).Count > 0 || data.Triggers.MatchAt(tokens, i, allowFuture: true).Any(m => m.Future);
        }
        // A standalone sentence tells no event before it: "the next day" and "at the time" cannot be placed.
        return Find(sentence, tokens, published, future).FirstOrDefault(d => d.DaysFromPrevious == 0 && !d.SameTimeAsPrevious);
    }

    /// <summary>All date expressions of a tokenised sentence, in text order.</summary>
    /// <param name="text">The text the tokens' offsets point into.</param>
    /// <param name="tokens">The sentence's words.</param>
    /// <param name="published">Publication date, if known.</param>
    /// <param name="futureContext">True when the sentence speaks of the future (bare weekdays and months then point forward).</param>
    public List<DateMention> Find(string text, IReadOnlyList<Token> tokens, DateOnly? published, bool futureContext) =>
        Find(text, tokens, published, futureContext ? ulong.MaxValue : 0);

    /// <summary>All date expressions of a tokenised sentence, in text order, reading the future clause by clause.</summary>
    /// <param name="text">The text the tokens' offsets point into.</param>
    /// <param name="tokens">The sentence's words.</param>
    /// <param name="published">Publication date, if known.</param>
    /// <param name="futureClauses">Bit c set when clause c speaks of the future: "North Korea will send troops, Shoigu said on
    /// Tuesday" points "will" forward, not the Tuesday of the report's clause.</param>
    public List<DateMention> Find(string text, IReadOnlyList<Token> tokens, DateOnly? published, ulong futureClauses)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var used = new bool[tokens.Count];
        var found = new List<DateMention>();
        futureClauses |= StepsAhead(tokens, futureClauses);
        SkipSpansSinceFirst(tokens, used);
        FindHijri(tokens, used, found);
        FindMonths(tokens, used, found, published, futureClauses);
        FindNumeric(text, tokens, used, found);
        FindDayOfRelativeMonth(tokens, used, found, published);
        FindRelative(tokens, used, found, published);
        FindDayOfMonth(tokens, used, found, published, futureClauses);
        FindWeekdays(tokens, used, found, published, futureClauses);
        FindAgo(tokens, used, found, published);
        FindYears(tokens, used, found);
        found.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        for (var n = 0; n < found.Count; n++)
        {
            found[n] = WithTimeOfDay(tokens, found[n], n > 0 ? found[n - 1].LastToken : -1);
        }
        if (found.Count > 0 && IsDateline(text, tokens, found[0]))
        {
            found[0] = found[0] with { Dateline = true };
        }
        return found;
    }

    /// <summary>
    /// "the morning of September 12", "the evening of July 11": the part of the day is a word of the date, so that the event
    /// noun before it stays as near its date as "on September 12" would ("the arrival … on the morning of September 12").
    /// </summary>
    private static DateMention WithTimeOfDay(IReadOnlyList<Token> t, DateMention d, int previousLast)
    {
        var k = d.FirstToken;
        if (k < 2 || t[k - 1].Norm != "of" || t[k - 2].Norm is not ("morning" or "evening" or "afternoon" or "night") || k - 2 <= previousLast)
        {
            return d;
        }
        var first = k - 3 > previousLast && t[k - 3].Norm == "the" ? k - 3 : k - 2;
        return d with { FirstToken = first };
    }

    /// <summary>
    /// The sentence opens with a place and this day, then the agency's credit and a dash or colon: "SEOUL, Nov. 15 (Yonhap) --",
    /// "Pyongyang, February 15 (KCNA) --", «موسكو - 12 يوليو (رويترز) -», «موسكو في 12 يوليو /سبأ/ -».
    /// </summary>
    private static bool IsDateline(string text, IReadOnlyList<Token> t, DateMention d)
    {
        if (d.Date.Precision != DatePrecisions.Day || d.FirstToken is 0 or > 4)
        {
            return false;
        }
        for (var k = 0; k < d.FirstToken; k++)
        {
            if (char.IsDigit(t[k].Norm[0]))
            {
                return false;
            }
        }
        // The agency's credit is what tells a dateline from a site stamping its name and the day on the lead
        // («الموقع، الجمعة 29 مارس 2024 - أفادت صحيفة …»), which dates the page, not what it retells.
        var rest = text.AsSpan(t[d.LastToken].End).TrimStart(" \t.,");
        var close = rest.Length > 0 && rest[0] is '(' or '[' or '/' ? rest[1..].IndexOfAny(")]/") : -1;
        if (close is < 1 or > 40)
        {
            return false;
        }
        rest = rest[(close + 2)..].TrimStart(" \t");
        return rest.IsEmpty || rest[0] is '-' or '–' or '—' or ':' or '.'; // "MOSCOW, June 19. /TASS/."
    }

    private void FindHijri(IReadOnlyList<Token> t, bool[] used, List<DateMention> found)
    {
        for (var i = 0; i < t.Count; i++)
        {
            var m = words.HijriMonths.Longest(t, i);
            if (m is null)
            {
                continue;
            }
            var end = i + m.Value.Length - 1;
            int? day = i > 0 ? DayNumber(t[i - 1].Norm) : null;
            int? year = end + 1 < t.Count ? YearNumber(t[end + 1].Norm, 1300, 1500) : null;
            if (day is null && year is null)
            {
                continue; // "صفر" is also zero, "رجب" a name: a Hijri month needs a number beside it.
            }
            var first = day is null ? i : i - 1;
            var last = year is null ? end : end + 1;
            if (last + 1 < t.Count && t[last + 1].Norm is "ه" or "هـ")
            {
                last++;
            }
            MarkUsed(used, first, last);
            var bridged = false;
            for (var k = last + 1; k <= Math.Min(t.Count - 1, last + 3); k++)
            {
                bridged |= words.HijriBridge.HasMatchAt(t, k);
            }
            if (bridged || year is null)
            {
                continue; // The Gregorian equivalent follows and is read on its own.
            }
            try
            {
                var g = Hijri.ToDateTime(year.Value, m.Value.Value, day ?? 1, 0, 0, 0, 0);
                var date = day is null ? EventDates.Month(g.Year, g.Month) : EventDates.Day(DateOnly.FromDateTime(g));
                found.Add(new DateMention(first, last, date, DateDerivations.Explicit, null, false));
            }
            catch (ArgumentOutOfRangeException)
            {
                // Not a valid Hijri date: ignore it.
            }
        }
    }

    /// <summary>
    /// "will arrive on Tuesday evening, …, before signing the treaty on Wednesday", «سيصل الثلاثاء، قبل أن يوقع الأربعاء»: a
    /// clause opened by "before" or "after" and a gerund, or by «قبل أن», «بعد أن» and a verb in the imperfect, goes on in the
    /// time of the future clause it follows. A past verb after them ("after Kim visited Russia in September") tells a time
    /// of its own.
    /// </summary>
    private static ulong StepsAhead(IReadOnlyList<Token> t, ulong futureClauses)
    {
        var ahead = 0UL;
        for (var k = 1; k + 1 < t.Count; k++)
        {
            var clause = t[k].Clause;
            if (clause > 63 || t[k - 1].Clause == clause || !InFuture(futureClauses | ahead, t[k - 1]))
            {
                continue;
            }
            var word = t[k].Norm;
            if (word is "before" or "after" && t[k + 1].Norm.EndsWith("ing", StringComparison.Ordinal)
                || word is "قبل" or "بعد" && t[k + 1].Norm == "ان" && k + 2 < t.Count && WordForms.IsImperfect(t[k + 2].Norm))
            {
                ahead |= 1UL << clause;
            }
        }
        return ahead;
    }

    private static bool InFuture(ulong futureClauses, Token token) => (futureClauses & (1UL << Math.Min(63, token.Clause))) != 0;

    private void FindMonths(IReadOnlyList<Token> t, bool[] used, List<DateMention> found, DateOnly? pub, ulong futureClauses)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (used[i])
            {
                continue;
            }
            var m = words.Months.Longest(t, i);
            if (m is null)
            {
                continue;
            }
            var month = m.Value.Value;
            var end = i + m.Value.Length - 1;
            // "نوفمبر/تشرين الثاني", "سبتمبر (أيلول)": the second name of the pair is part of the same expression.
            var pair = false;
            if (end + 1 < t.Count && words.Months.Longest(t, end + 1) is { } second && second.Value == month)
            {
                end += second.Length;
                pair = true;
            }
            var first = i;
            int? day = null;
            if (i > 0 && DayNumber(t[i - 1].Norm) is { } d1)
            {
                day = d1;
                first = i - 1;
                // A span of days ("يومي 18 و19 يونيو", "18-19 June", «من 11 إلى 13 يوليو», "from 11 to 13 July") is
                // dated by its first day.
                if (i > 1 && DayNumber(t[i - 2].Norm) is { } d0 && d0 < d1)
                {
                    day = d0;
                    first = i - 2;
                }
                else if (i > 2 && IsRangeWord(t[i - 2].Norm) && DayNumber(t[i - 3].Norm) is { } from && from < d1)
                {
                    day = from;
                    first = i - 3;
                }
            }
            else if (i > 1 && t[i - 1].Norm == "من" && DayNumber(t[i - 2].Norm) is { } d2)
            {
                day = d2;
                first = i - 2;
                if (i > 3 && IsRangeWord(t[i - 3].Norm) && DayNumber(t[i - 4].Norm) is { } from && from < d2)
                {
                    day = from; // «من 25 وحتى 27 من يوليو»: the span's first day.
                    first = i - 4;
                }
            }
            else if (i > 1 && t[i - 1].Norm == "من" && OrdinalDayEndingAt(t, i - 2) is { } ordinal)
            {
                day = ordinal.Day; // «في التاسع والعشرين من نوفمبر».
                first = ordinal.First;
            }
            var k = end + 1;
            if (day is null && k < t.Count && DayNumber(t[k].Norm) is { } d3 && !IsYearToken(t[k].Norm))
            {
                day = d3;
                end = k;
                k++;
                if (k < t.Count && DayNumber(t[k].Norm) is { } d4 && d4 > d3 && !IsYearToken(t[k].Norm))
                {
                    end = k++; // "June 18-19": the span's first day.
                }
            }
            int? year = null;
            int? yearOffset = null;
            for (var skip = 0; skip <= 2 && k + skip < t.Count; skip++)
            {
                if (YearNumber(t[k + skip].Norm, 1900, 2100) is { } y)
                {
                    year = y;
                    end = k + skip;
                    break;
                }
                // "June last year", "يونيو من العام الماضي": the year relative to publication.
                if (words.Relative.Longest(t, k + skip) is { Value.Unit: "year" } rel)
                {
                    yearOffset = rel.Value.Offset;
                    end = k + skip + rel.Length - 1;
                    break;
                }
                if (t[k + skip].Norm is not ("من" or "عام" or "العام" or "سنه" or "of"))
                {
                    break;
                }
            }
            var after = end + 1 < t.Count ? t[end + 1].Norm : "";
            var before = first > 0 ? t[first - 1].Norm : "";
            var pastAfter = yearOffset is null && words.PastMarkers.Contains(after);
            var futureAfter = yearOffset is null && words.FutureMarkers.Contains(after);
            var past = pastAfter || before is "last";
            var future = futureAfter || before is "next";
            var name = t[i].Norm;
            if (words.AmbiguousMonths.Contains(name) && day is null && year is null && yearOffset is null && !pair && !past && !future
                && !words.MonthIntroducers.Contains(before) && !words.MonthParts.Contains(before))
            {
                continue; // "may", "مارس" (he practised): not a month here.
            }
            if (pastAfter || futureAfter)
            {
                end++;
            }
            else if (past || future)
            {
                first--; // "last June", "next March".
            }
            if (first > 0 && words.MonthParts.Contains(t[first - 1].Norm))
            {
                first--;
            }
            MarkUsed(used, first, end);

            if (year is not null)
            {
                if (day is not null && IsValid(year.Value, month, day.Value))
                {
                    var date = new DateOnly(year.Value, month, day.Value);
                    var conflict = WeekdayBefore(t, used, ref first, date);
                    found.Add(new DateMention(first, end, EventDates.Day(date), DateDerivations.Explicit, conflict, pub is { } p0 && date > p0));
                }
                else if (day is null)
                {
                    found.Add(new DateMention(first, end, EventDates.Month(year.Value, month), DateDerivations.Explicit, null, pub is { } p1 && new DateOnly(year.Value, month, 1) > p1));
                }
                continue;
            }
            if (pub is not { } p)
            {
                continue; // No year and no publication date: the date cannot be placed.
            }
            if (yearOffset is { } offset)
            {
                var y0 = p.Year + offset;
                if (day is not null && IsValid(y0, month, day.Value))
                {
                    var date0 = new DateOnly(y0, month, day.Value);
                    var conflict0 = WeekdayBefore(t, used, ref first, date0);
                    found.Add(new DateMention(first, end, EventDates.Day(date0), DateDerivations.Relative, conflict0, date0 > p));
                }
                else if (day is null)
                {
                    found.Add(new DateMention(first, end, EventDates.Month(y0, month), DateDerivations.Relative, null, new DateOnly(y0, month, 1) > p));
                }
                continue;
            }
            var forward = future || (!past && InFuture(futureClauses, t[i]));
            if (day is not null)
            {
                var y = p.Year;
                if (!IsValid(y, month, day.Value))
                {
                    continue;
                }
                var candidate = new DateOnly(y, month, day.Value);
                // «اعتبارا من 17 يونيو», "starting June 17": when something begins, told near the publication day; the
                // tense of the clause (a past agreement about it) says nothing of that day's year.
                var startOf = !past && !future && (words.StartMarkers.Contains(before) || before is "من" or "from" && first > 1 && words.StartMarkers.Contains(t[first - 2].Norm));
                if (startOf)
                {
                    // Keeps the publication year.
                }
                else if (forward && candidate < p && p.DayNumber - candidate.DayNumber > 7)
                {
                    // A week back or less is this year's, under way or just told late ("the visit will run from July 11
                    // to 13", published on the 12th); further back, a plan points to next year.
                    candidate = candidate.AddYears(1);
                }
                else if (!forward && candidate > p && (past || candidate.DayNumber - p.DayNumber > NearAhead))
                {
                    // A day told in the past tense that has not come yet this year is last year's. Within two weeks of
                    // publication it is this year's all the same: a schedule told in the present («يزور لافروف بيونغ يانغ
                    // يومي 27 و28 أكتوبر», "Choe is visiting Russia on January 15-17"), not a day a year back told without its year.
                    candidate = candidate.AddYears(-1);
                }
                var conflict2 = WeekdayBefore(t, used, ref first, candidate);
                found.Add(new DateMention(first, end, EventDates.Day(candidate), DateDerivations.Relative, conflict2, candidate > p));
                continue;
            }
            var year2 = p.Year;
            if (future)
            {
                year2 = month > p.Month ? p.Year : p.Year + 1;
            }
            else if (past)
            {
                // English "last June" in July is a year back (the month just gone is "last month"); Arabic «يونيو
                // الماضي» names the latest June, the month just gone included.
                var lastMonthBack = before is "last" && !pastAfter && month == p.Month - 1;
                year2 = month < p.Month && !lastMonthBack ? p.Year : p.Year - 1;
            }
            else if (forward)
            {
                year2 = month >= p.Month ? p.Year : p.Year + 1;
            }
            else
            {
                year2 = month <= p.Month ? p.Year : p.Year - 1;
            }
            found.Add(new DateMention(first, end, EventDates.Month(year2, month), DateDerivations.Relative, null,
                year2 > p.Year || (year2 == p.Year && month > p.Month)));
        }
    }

    private static void FindNumeric(string text, IReadOnlyList<Token> t, bool[] used, List<DateMention> found)
    {
        for (var i = 0; i + 2 < t.Count; i++)
        {
            if (used[i] || used[i + 1] || used[i + 2] || !IsDigits(t[i].Norm) || !IsDigits(t[i + 1].Norm) || !IsDigits(t[i + 2].Norm))
            {
                continue;
            }
            var sep1 = text[t[i].End..t[i + 1].Start];
            var sep2 = text[t[i + 1].End..t[i + 2].Start];
            if (sep1.Length != 1 || sep1 != sep2 || sep1[0] is not ('/' or '.' or '-'))
            {
                continue;
            }
            int a = int.Parse(t[i].Norm, CultureInfo.InvariantCulture), b = int.Parse(t[i + 1].Norm, CultureInfo.InvariantCulture), c = int.Parse(t[i + 2].Norm, CultureInfo.InvariantCulture);
            DateOnly? date = null;
            if (t[i].Norm.Length == 4 && IsValid(a, b, c))
            {
                date = new DateOnly(a, b, c);
            }
            else if (t[i + 2].Norm.Length == 4 && IsValid(c, b, a))
            {
                date = new DateOnly(c, b, a); // Day first, as Arabic and European outlets write it.
            }
            else if (t[i + 2].Norm.Length == 4 && IsValid(c, a, b))
            {
                date = new DateOnly(c, a, b);
            }
            if (date is { } d)
            {
                MarkUsed(used, i, i + 2);
                found.Add(new DateMention(i, i + 2, EventDates.Day(d), DateDerivations.Explicit, null, false));
            }
        }
    }

    private void FindRelative(IReadOnlyList<Token> t, bool[] used, List<DateMention> found, DateOnly? pub)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (used[i])
            {
                continue;
            }
            var m = words.Relative.Longest(t, i);
            if (m is null)
            {
                continue;
            }
            var (unit, offset) = m.Value.Value;
            var end = i + m.Value.Length - 1;
            if (unit == "day" && offset == 0 && m.Value.Length == 1)
            {
                var next = end + 1 < t.Count ? t[end + 1].Norm : "";
                var prev = i > 0 ? t[i - 1].Norm : "";
                if (words.TodayBlockersAfter.Contains(next) || words.TodayBlockersBefore.Contains(prev))
                {
                    continue;
                }
            }
            MarkUsed(used, i, end);
            if (pub is not { } p)
            {
                continue;
            }
            switch (unit)
            {
                case "same_time":
                    found.Add(new DateMention(i, end, EventDates.Day(p), DateDerivations.Relative, null, false) { SameDayAsPrevious = true, SameTimeAsPrevious = true });
                    break;
                case "same_day":
                    // Without an event told before, the publication day stands in for it.
                    found.Add(new DateMention(i, end, EventDates.Day(p.AddDays(offset)), DateDerivations.Relative, null, false) { SameDayAsPrevious = true, DaysFromPrevious = offset });
                    break;
                case "day":
                    var date = p.AddDays(offset);
                    string? conflict = null;
                    // "أمس (الخميس)", "اليوم الخميس": the weekday named next to it must agree.
                    for (var k = end + 1; k <= Math.Min(t.Count - 1, end + 2); k++)
                    {
                        if (!words.Weekdays.TryGetValue(t[k].Norm, out var wd))
                        {
                            continue;
                        }
                        used[k] = true;
                        end = k;
                        if (wd != date.DayOfWeek)
                        {
                            var byWeekday = offset > 0 ? OnOrAfter(p, wd) : OnOrBefore(p, wd);
                            conflict = $"'{t[i].Norm}' gives {date:yyyy-MM-dd} ({date.DayOfWeek}) but the text names {wd}; using {byWeekday:yyyy-MM-dd}";
                            date = byWeekday;
                        }
                        break;
                    }
                    found.Add(new DateMention(i, end, EventDates.Day(date), DateDerivations.Relative, conflict, date > p));
                    break;
                case "week":
                    var w = p.AddDays(7 * offset);
                    found.Add(new DateMention(i, end, EventDates.Month(w.Year, w.Month), DateDerivations.Relative, null, offset > 0));
                    break;
                case "month":
                    var mo = new DateOnly(p.Year, p.Month, 1).AddMonths(offset);
                    found.Add(new DateMention(i, end, EventDates.Month(mo.Year, mo.Month), DateDerivations.Relative, null, offset > 0));
                    break;
                case "year":
                    found.Add(new DateMention(i, end, EventDates.Year(p.Year + offset), DateDerivations.Relative, null, offset > 0));
                    break;
            }
        }
    }

    /// <summary>A word between the first and last day of a span, «وحتى» with its conjunction too.</summary>
    private static bool IsRangeWord(string word) => RangeWords.Contains(word) || RangeWords.Contains(WordForms.StripConjunction(word).ToString());

    /// <summary>Words between the first and last day of a span: «من 11 إلى 13 يوليو», "from 11 to 13 July", "Sunday to Tuesday".</summary>
    private static readonly HashSet<string> RangeWords = new(StringComparer.Ordinal) { "الي", "حتي", "لغايه", "to", "until", "till", "through", "-" };

    /// <summary>Words an Arabic ordinal follows when it is a day: «في التاسع والعشرين من», «يوم الخامس عشر من».</summary>
    private static readonly HashSet<string> BeforeADay = new(StringComparer.Ordinal) { "في", "وفي", "يوم", "ويوم", "منذ", "حتي", "الي", "بتاريخ", "من" };

    /// <summary>
    /// An Arabic ordinal day that ends at <paramref name="last"/> («التاسع والعشرين»), after a word that introduces a day
    /// or a weekday; not "الأسبوع الثاني من يونيو", where it counts weeks.
    /// </summary>
    private (int Day, int First)? OrdinalDayEndingAt(IReadOnlyList<Token> t, int last)
    {
        for (var first = Math.Max(0, last - 1); first <= last; first++)
        {
            if (words.DayOrdinals.Longest(t, first) is { } ordinal && first + ordinal.Length - 1 == last && OpensADay(t, first))
            {
                return (ordinal.Value, first);
            }
        }
        return null;
    }

    private bool OpensADay(IReadOnlyList<Token> t, int at) => at == 0 || BeforeADay.Contains(t[at - 1].Norm) || TryWeekday(t[at - 1], out _);

    /// <summary>A count in digits ("3") or words ("three", «ثلاثة»).</summary>
    private int? Count(string word) =>
        IsDigits(word) && word.Length <= 3 ? int.Parse(word, CultureInfo.InvariantCulture) : words.NumberWords.TryGetValue(word, out var n) ? n : null;

    /// <summary>
    /// «في 15 من الشهر الجاري», «يوم 12 من الشهر الماضي», «في 19 الجاري», "the 19th of last month": a day of a month told
    /// relative to publication. Read before the month alone, which would leave the day out.
    /// </summary>
    private void FindDayOfRelativeMonth(IReadOnlyList<Token> t, bool[] used, List<DateMention> found, DateOnly? pub)
    {
        for (var i = 0; i + 1 < t.Count; i++)
        {
            if (used[i] || IsYearToken(t[i].Norm))
            {
                continue;
            }
            var length = 1;
            if (DayNumber(t[i].Norm) is not { } day)
            {
                // «في الخامس عشر من الشهر الجاري».
                if (!OpensADay(t, i) || words.DayOrdinals.Longest(t, i) is not { } ordinal) // The cheap test first: most words open no day.
                {
                    continue;
                }
                day = ordinal.Value;
                length = ordinal.Length;
            }
            if (i + length >= t.Count)
            {
                continue;
            }
            var k = t[i + length].Norm is "من" or "of" ? i + length + 1 : i + length;
            int offset, end;
            if (k >= t.Count)
            {
                continue;
            }
            if (words.Relative.Longest(t, k) is { Value.Unit: "month" } rel && rel.Length <= 3)
            {
                offset = rel.Value.Offset;
                end = k + rel.Length - 1;
            }
            else if (k == i + length && t[k].Norm is "الجاري" or "الحالي")
            {
                offset = 0; // «في 19 الجاري»: the month is understood.
                end = k;
            }
            else
            {
                continue;
            }
            var first = i > 0 && t[i - 1].Norm == "the" ? i - 1 : i;
            MarkUsed(used, first, end);
            if (pub is not { } p)
            {
                continue;
            }
            var month = new DateOnly(p.Year, p.Month, 1).AddMonths(offset);
            if (day > DateTime.DaysInMonth(month.Year, month.Month))
            {
                continue;
            }
            var date = new DateOnly(month.Year, month.Month, day);
            var conflict = WeekdayBefore(t, used, ref first, date);
            found.Add(new DateMention(first, end, EventDates.Day(date), DateDerivations.Relative, conflict, date > p));
        }
    }

    /// <summary>
    /// "on the 9th", "the 13th": a day of the publication month without the month's name; a day after publication is
    /// last month's, unless the clause speaks of the future.
    /// </summary>
    private static void FindDayOfMonth(IReadOnlyList<Token> t, bool[] used, List<DateMention> found, DateOnly? pub, ulong futureClauses)
    {
        if (pub is not { } p)
        {
            return;
        }
        for (var i = 1; i < t.Count; i++)
        {
            var w = t[i].Norm;
            if (used[i] || t[i - 1].Norm != "the" || w.Length < 3 || !char.IsAsciiDigit(w[0]) || char.IsAsciiDigit(w[^1]) || DayNumber(w) is not { } day
                || OrdinalOfNoun(t, i))
            {
                continue;
            }
            var month = new DateOnly(p.Year, p.Month, 1);
            if (day > p.Day && !InFuture(futureClauses, t[i]))
            {
                month = month.AddMonths(-1);
            }
            if (day > DateTime.DaysInMonth(month.Year, month.Month))
            {
                continue;
            }
            var date = new DateOnly(month.Year, month.Month, day);
            MarkUsed(used, i - 1, i);
            found.Add(new DateMention(i - 1, i, EventDates.Day(date), DateDerivations.Relative, null, date > p));
        }
    }

    /// <summary>"the 10th meeting of the committee", "the 75th anniversary": an ordinal before its noun counts, it dates nothing.</summary>
    private static bool OrdinalOfNoun(IReadOnlyList<Token> t, int i) =>
        i + 1 < t.Count && t[i + 1].Clause == t[i].Clause && !t[i + 1].IsArabic && char.IsAsciiLetter(t[i + 1].Norm[0])
        && !AfterADay.Contains(t[i + 1].Norm);

    /// <summary>Words that may follow a day of the month: "on the 9th that …", "on the 13th, when …".</summary>
    private static readonly HashSet<string> AfterADay = new(StringComparer.Ordinal)
    {
        "of", "at", "in", "on", "and", "or", "but", "when", "after", "before", "during", "while", "as", "to", "from", "that", "with", "for", "by",
        "the", "a", "an", "he", "she", "they", "it", "we", "his", "her", "their", "its", "was", "were", "is", "had", "has", "said", "says", "told",
    };

    private void FindWeekdays(IReadOnlyList<Token> t, bool[] used, List<DateMention> found, DateOnly? pub, ulong futureClauses)
    {
        if (pub is not { } p)
        {
            return;
        }
        for (var i = 0; i < t.Count; i++)
        {
            if (used[i] || !TryWeekday(t[i], out var wd))
            {
                continue;
            }
            var end = i;
            var first = i;
            var next = i + 1 < t.Count ? t[i + 1].Norm : "";
            var prev = i > 0 ? t[i - 1].Norm : "";
            bool strictPast = false, strictFuture = false;
            if (words.PastMarkers.Contains(next) || prev == "last")
            {
                strictPast = true;
                end = words.PastMarkers.Contains(next) ? i + 1 : i;
                first = prev == "last" ? i - 1 : i;
            }
            else if (words.FutureMarkers.Contains(next) || prev == "next")
            {
                strictFuture = true;
                end = words.FutureMarkers.Contains(next) ? i + 1 : i;
                first = prev == "next" ? i - 1 : i;
            }
            // "from Sunday to Tuesday", «من الأحد إلى الثلاثاء»: a span still under way at publication began on its
            // first weekday before it, even when the clause speaks of the future.
            DateOnly? spanStart = null;
            if (!strictPast && !strictFuture && i + 2 < t.Count && RangeWords.Contains(next) && TryWeekday(t[i + 2], out var lastDay))
            {
                var start = OnOrBefore(p, wd);
                spanStart = start.AddDays(((int)lastDay - (int)wd + 7) % 7) >= p ? start : null;
                end = i + 2;
            }
            MarkUsed(used, first, end);
            DateOnly date;
            if (spanStart is { } under)
            {
                date = under;
            }
            else if (strictPast)
            {
                date = OnOrBefore(p.AddDays(-1), wd);
            }
            else if (strictFuture)
            {
                date = OnOrAfter(p.AddDays(1), wd);
            }
            else
            {
                date = InFuture(futureClauses, t[i]) && !OpensWhatIsSaid(t, end + 1) ? OnOrAfter(p, wd) : OnOrBefore(p, wd);
            }
            found.Add(new DateMention(first, end, EventDates.Day(date), DateDerivations.Relative, null, date > p));
        }
    }

    /// <summary>
    /// «أن»/"that" at <paramref name="k"/>: the weekday before it is the day something was said ("confirmed Monday that Kim will
    /// visit", «أكد بيسكوف الأربعاء أن كيم سيزور موسكو»), gone by at publication however much the rest speaks of the future.
    /// </summary>
    private static bool OpensWhatIsSaid(IReadOnlyList<Token> t, int k) => k < t.Count && Complementizers.Contains(t[k].Norm);

    /// <summary>
    /// Words that open what is said (normalised: «أن», «إن», «بأن» …): the complementizers of cues.json, which the resolver,
    /// reading only the calendar's words, does not see.
    /// </summary>
    private static readonly HashSet<string> Complementizers = new(StringComparer.Ordinal) { "ان", "انه", "انها", "بان", "بانه", "بانها", "that" };

    private void FindAgo(IReadOnlyList<Token> t, bool[] used, List<DateMention> found, DateOnly? pub)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (used[i])
            {
                continue;
            }
            int count;
            (string Unit, int Count) unit;
            int first, last;
            if (_ago.MayHold(t[i].Norm) && words.Ago.Contains(t[i].Norm) && t[i].Norm != "ago")
            {
                // "منذ 20 شهرًا", "منذ شهرين", "قبل أسبوع", "منذ 2006".
                if (i + 1 < t.Count && YearNumber(t[i + 1].Norm, 1900, 2100) is { } y && t[i].Norm == "منذ")
                {
                    MarkUsed(used, i, i + 1);
                    found.Add(new DateMention(i, i + 1, EventDates.Year(y), DateDerivations.Explicit, null, false));
                    continue;
                }
                var k = i + 1;
                count = 1;
                if (k < t.Count && Count(t[k].Norm) is { } n0)
                {
                    count = n0; // "منذ 20 شهرًا", «قبل ثلاثة أيام».
                    k++;
                }
                if (k >= t.Count || !words.Units.TryGetValue(t[k].Norm, out unit))
                {
                    continue;
                }
                if (k == i + 1 && words.VagueUnits.Contains(t[k].Norm))
                {
                    // «قبل أيام»: a few days ago, in the month of a few days back; «منذ سنوات طويلة»: no date at all.
                    MarkUsed(used, i, k);
                    if (pub is { } recent && unit.Unit is "day" or "week")
                    {
                        found.Add(new DateMention(i, k, MonthOf(recent.AddDays(unit.Unit == "day" ? -3 : -14)), DateDerivations.Relative, null, false));
                    }
                    continue;
                }
                first = i;
                last = k;
            }
            else if (Count(t[i].Norm) is { } n1 && i + 2 < t.Count && words.Units.TryGetValue(t[i + 1].Norm, out unit) && t[i + 2].Norm == "ago")
            {
                count = n1; // "3 weeks ago", "three days ago".
                first = i;
                last = i + 2;
            }
            else
            {
                continue;
            }
            MarkUsed(used, first, last);
            if (pub is not { } p)
            {
                continue;
            }
            var n = count * unit.Count;
            EventDate date = unit.Unit switch
            {
                "day" => EventDates.Day(p.AddDays(-n)),
                "week" => MonthOf(p.AddDays(-7 * n)),
                "month" => MonthOf(p.AddMonths(-n)),
                _ => EventDates.Year(p.Year - n),
            };
            found.Add(new DateMention(first, last, date, DateDerivations.Relative, null, false));
        }
    }

    /// <summary>
    /// "أول زيارة له منذ 24 عاما", "the first visit since 2000", "for the first time in 12 years": the span after a first
    /// measures how long it has been, so its words are used up without a date.
    /// </summary>
    private void SkipSpansSinceFirst(IReadOnlyList<Token> t, bool[] used)
    {
        for (var i = 1; i + 1 < t.Count; i++)
        {
            if (!_since.MayHold(t[i].Norm) || !words.SinceWords.Contains(t[i].Norm) || !FirstBefore(t, i))
            {
                continue;
            }
            var k = i + 1;
            if (IsDigits(t[k].Norm) || words.NumberWords.ContainsKey(t[k].Norm))
            {
                k++; // "in 12 years", «منذ ثلاثة أعوام».
            }
            if (k < t.Count && words.Units.ContainsKey(t[k].Norm))
            {
                MarkUsed(used, i, k); // "منذ 24 عاما", "in 12 years"
            }
            else if (k == i + 2 && YearNumber(t[i + 1].Norm, 1900, 2100) is not null)
            {
                MarkUsed(used, i, i + 1); // "since 2000"
            }
        }
    }

    private bool FirstBefore(IReadOnlyList<Token> t, int at)
    {
        for (var k = at - 1; k >= 0 && k >= at - 6; k--)
        {
            if (words.Firsts.Contains(t[k].Norm))
            {
                return true;
            }
        }
        return false;
    }

    private void FindYears(IReadOnlyList<Token> t, bool[] used, List<DateMention> found)
    {
        for (var i = 1; i < t.Count; i++)
        {
            if (used[i] || YearNumber(t[i].Norm, 1900, 2100) is not { } y)
            {
                continue;
            }
            var prev = t[i - 1].Norm;
            var prev2 = i > 1 ? t[i - 2].Norm : "";
            if (words.YearIntroducers.Contains(prev) || (prev is "العام" or "عام" && words.YearIntroducers.Contains(prev2)))
            {
                MarkUsed(used, i, i);
                found.Add(new DateMention(i - 1, i, EventDates.Year(y), DateDerivations.Explicit, null, false));
            }
        }
    }

    private bool TryWeekday(Token token, out DayOfWeek day)
    {
        var norm = token.Norm.AsSpan();
        var lookup = words.Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();
        if (_weekdays.MayHold(norm) && lookup.TryGetValue(norm, out day))
        {
            return true;
        }
        day = default;
        if (token.IsArabic && norm.Length > 4 && norm[0] is 'و' or 'ف' or 'ب' or 'ل')
        {
            // "والخميس", "بالأربعاء": one or two proclitics before the weekday.
            return _weekdays.MayHold(norm[1..]) && lookup.TryGetValue(norm[1..], out day) || _weekdays.MayHold(norm[2..]) && lookup.TryGetValue(norm[2..], out day);
        }
        return false;
    }

    /// <summary>A weekday just before a written date ("الخميس 19 أكتوبر") belongs to it; returns a conflict when they disagree.</summary>
    private string? WeekdayBefore(IReadOnlyList<Token> t, bool[] used, ref int first, DateOnly date)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 2); k--)
        {
            if (!used[k] && TryWeekday(t[k], out var wd))
            {
                MarkUsed(used, k, first);
                first = k;
                return wd == date.DayOfWeek ? null : $"the text names {wd} but {date:yyyy-MM-dd} is a {date.DayOfWeek}";
            }
        }
        return null;
    }

    private static EventDate MonthOf(DateOnly d) => EventDates.Month(d.Year, d.Month);

    private static DateOnly OnOrBefore(DateOnly from, DayOfWeek wd) => from.AddDays(-(((int)from.DayOfWeek - (int)wd + 7) % 7));

    private static DateOnly OnOrAfter(DateOnly from, DayOfWeek wd) => from.AddDays(((int)wd - (int)from.DayOfWeek + 7) % 7);

    private static void MarkUsed(bool[] used, int from, int to)
    {
        for (var k = Math.Max(0, from); k <= to && k < used.Length; k++)
        {
            used[k] = true;
        }
    }

    // Span search, not LINQ over the string: this runs for every word of every sentence and must not allocate.
    private static bool IsDigits(string s) => s.Length > 0 && !s.AsSpan().ContainsAnyExceptInRange('0', '9');

    private static bool IsYearToken(string s) => s.Length == 4 && IsDigits(s);

    private static bool IsValid(int y, int m, int d) => y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    /// <summary>A day of month from "19", "19th", "ال19".</summary>
    private static int? DayNumber(string word)
    {
        // Read as a span: this runs for words around every month and weekday and must not cut strings.
        var s = word.AsSpan();
        if (s.StartsWith("ال", StringComparison.Ordinal))
        {
            s = s[2..];
        }
        else if (s.Length > 1 && s[0] == 'و' && char.IsAsciiDigit(s[1]))
        {
            s = s[1..]; // "و19" in "18 و19 يونيو".
        }
        var n = 0;
        var digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits]))
        {
            n = n * 10 + (s[digits] - '0');
            digits++;
        }
        if (digits is 0 or > 2)
        {
            return null;
        }
        var suffix = s[digits..];
        if (suffix.Length > 0 && suffix is not ("st" or "nd" or "rd" or "th"))
        {
            return null;
        }
        return n is >= 1 and <= 31 ? n : null;
    }

    private static int? YearNumber(string word, int min, int max)
    {
        // Read as a span: this runs for every word of every sentence and must not cut strings.
        var s = word.AsSpan();
        if (s.StartsWith("ال", StringComparison.Ordinal))
        {
            s = s[2..];
        }
        return s.Length == 4 && !s.ContainsAnyExceptInRange('0', '9') && int.Parse(s, CultureInfo.InvariantCulture) is var y && y >= min && y <= max ? y : null;
    }
}
