using System.Globalization;
using Timeline.Contracts;

namespace Timeline.Extraction.Extraction.Dates;

/// <summary>A date expression found in a sentence, resolved to calendar dates.</summary>
/// <param name="FirstToken">Index of its first word.</param>
/// <param name="LastToken">Index of its last word.</param>
/// <param name="Date">The resolved date with its precision.</param>
/// <param name="Derivation">One of <see cref="DateDerivations"/>: explicit (the year is written) or relative (resolved against publication).</param>
/// <param name="Conflict">Set when the text contradicts itself (a weekday that does not fit the day), explaining how.</param>
/// <param name="Future">True when the expression points after the publication date ("next month", "نوفمبر المقبل").</param>
public sealed record DateMention(int FirstToken, int LastToken, EventDate Date, string Derivation, string? Conflict, bool Future)
{
    /// <summary>"Earlier in the day", "في اليوم نفسه": the day of the event told before; <see cref="Date"/> is then only the publication-day fallback.</summary>
    public bool SameDayAsPrevious { get; init; }

    /// <summary>With <see cref="SameDayAsPrevious"/>: days from the event told before ("the day before" -1, "the next day" 1).</summary>
    public int DaysFromPrevious { get; init; }

    /// <summary>"At the time", «في ذلك الوقت»: the date of the event told before, at its precision; none when nothing was told.</summary>
    public bool SameTimeAsPrevious { get; init; }

    /// <summary>The date of a dateline opening the story ("SEOUL, Nov. 15 (Yonhap) --", «موسكو - 12 يوليو (رويترز) -»): the day it was filed.</summary>
    public bool Dateline { get; init; }
}

/// <summary>Builds <see cref="EventDate"/> values.</summary>
public static class EventDates
{
    /// <summary>A single day.</summary>
    public static EventDate Day(DateOnly d) => new(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DatePrecisions.Day, d, d);

    /// <summary>A whole month.</summary>
    public static EventDate Month(int year, int month)
    {
        var start = new DateOnly(year, month, 1);
        return new(start.ToString("yyyy-MM", CultureInfo.InvariantCulture), DatePrecisions.Month, start, start.AddMonths(1).AddDays(-1));
    }

    /// <summary>A whole year.</summary>
    public static EventDate Year(int year) =>
        new(year.ToString("D4", CultureInfo.InvariantCulture), DatePrecisions.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>True when <paramref name="inner"/> lies within <paramref name="outer"/>.</summary>
    public static bool Contains(EventDate outer, EventDate inner) => outer.Start <= inner.Start && inner.End <= outer.End;

    /// <summary>Rank of a precision: day 3, month 2, year 1.</summary>
    public static int Rank(EventDate d) => d.Precision switch { DatePrecisions.Day => 3, DatePrecisions.Month => 2, _ => 1 };
}
