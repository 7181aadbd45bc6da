using System.Globalization;
using Timeline.Contracts;
using Timeline.Lexicon;

namespace Timeline.Storage;

/// <summary>The queryable fields both adapters derive from an event, so filters mean the same on SQLite and MongoDB.</summary>
internal sealed record EventIndexFields(
    int? DateStart,
    int? DateEnd,
    int SortKey,
    int SpanClass,
    string Month,
    IReadOnlyList<string> ActorIds,
    IReadOnlyList<string> Countries,
    string? LocationKey,
    string SearchText)
{
    /// <summary>Sort key of undated events: after every real day number, so they come last in date order.</summary>
    public const int UndatedSortKey = int.MaxValue;

    /// <summary>
    /// Widest span (days from start to end) of each span class. Candidate search asks each class for starts no earlier
    /// than (from - its widest span), so a range index on (type, class, start) reads only nearby events.
    /// </summary>
    public static readonly IReadOnlyList<int> SpanClassWidths = [7, 31, 366, 3660];

    /// <summary>Month bucket of undated events.</summary>
    public const string Undated = "undated";

    public static EventIndexFields From(TimelineEvent e)
    {
        int? start = e.Date?.Start.DayNumber;
        int? end = e.Date?.End.DayNumber;
        var actorIds = ActorIdsOf(e);
        var countries = e.Countries.Concat(e.Participants.Select(p => p.Country ?? ""))
            .Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.ToUpperInvariant())
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        // The summary and the sampled evidence: live events' other mentions are searched in their own rows.
        var text = string.Join('\n', e.Mentions.Select(m => m.Sentence).Prepend(e.Summary));
        return new EventIndexFields(
            start,
            end,
            start ?? UndatedSortKey,
            SpanClassOf(start, end),
            e.Date is null ? Undated : e.Date.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            actorIds,
            countries,
            LocationKeyOf(e.Location),
            TextNormalizer.Normalize(text));
    }

    /// <summary>The event's participants' actor ids: distinct, in ordinal order, blank ones left out.</summary>
    public static string[] ActorIdsOf(TimelineEvent e) =>
        e.Participants.Select(p => p.ActorId).Where(a => !string.IsNullOrWhiteSpace(a))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The smallest span class holding the range; undated events get the first class (they are searched by a null start).</summary>
    public static int SpanClassOf(int? start, int? end)
    {
        if (start is null || end is null)
        {
            return 0;
        }
        var span = end.Value - start.Value;
        for (var i = 0; i < SpanClassWidths.Count; i++)
        {
            if (span <= SpanClassWidths[i])
            {
                return i;
            }
        }
        return SpanClassWidths.Count - 1;
    }

    /// <summary>How locations are compared: trimmed, normalised (case and spelling variants folded).</summary>
    public static string? LocationKeyOf(string? location) =>
        string.IsNullOrWhiteSpace(location) ? null : TextNormalizer.Normalize(location.Trim());

    /// <summary>The terms of a free-text query, each of which must occur in the search text.</summary>
    public static IReadOnlyList<string> SearchTerms(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : TextNormalizer.Normalize(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>True when the event is still on the timeline (retired events only redirect).</summary>
    public static bool IsLive(TimelineEvent e) => !string.Equals(e.Status, EventStatuses.Retired, StringComparison.Ordinal);
}

/// <summary>Statuses the store treats specially.</summary>
public static class EventStatuses
{
    /// <summary>No longer on the timeline: merged into another event or left without supporting mentions.</summary>
    public const string Retired = "retired";
}
