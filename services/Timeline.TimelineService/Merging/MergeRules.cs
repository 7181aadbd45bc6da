using System.Globalization;
using Timeline.Contracts;

namespace Timeline.TimelineService.Merging;

/// <summary>When a mention and an event (or two events) describe the same happening.</summary>
public static class MergeRules
{
    /// <summary>Days two day-precision dates may differ and still agree (outlets disagree by a day around time zones and midnight).</summary>
    public const int DayTolerance = 2;

    /// <summary>Days before a publication-derived month a happening may lie (an article on the 1st reports the 31st).</summary>
    public const int PublicationLookback = 7;

    /// <summary>The days a mention's date may match: its range, widened by the tolerance its precision and derivation allow.</summary>
    public static (DateOnly From, DateOnly To) Window(EventDate date, string dateDerivation)
    {
        ArgumentNullException.ThrowIfNull(date);
        if (date.Precision == DatePrecisions.Day)
        {
            return (date.Start.AddDays(-DayTolerance), date.End.AddDays(DayTolerance));
        }
        return dateDerivation == DateDerivations.PublicationDate
            ? (date.Start.AddDays(-PublicationLookback), date.End)
            : (date.Start, date.End);
    }

    /// <summary>
    /// Dates agree at the coarser of the two precisions: two days within the tolerance, a day inside a month or year,
    /// a month inside a year. Undated only agrees with undated.
    /// </summary>
    public static bool DatesAgree(EventDate? mention, string dateDerivation, EventDate? timelineEvent)
    {
        if (mention is null || timelineEvent is null)
        {
            return mention is null && timelineEvent is null;
        }
        var (from, to) = mention.Precision == DatePrecisions.Day && timelineEvent.Precision != DatePrecisions.Day
            ? (mention.Start, mention.End)
            : Window(mention, dateDerivation);
        return from <= timelineEvent.End && to >= timelineEvent.Start;
    }

    /// <summary>
    /// Participants agree when they share people: at least two when both sides name two or more, else one.
    /// When either side names no person, the states involved must overlap instead.
    /// </summary>
    public static bool ParticipantsAgree(IReadOnlyCollection<Participant> a, IReadOnlyCollection<string> aCountries, IReadOnlyCollection<Participant> b, IReadOnlyCollection<string> bCountries)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var peopleA = People(a);
        var peopleB = People(b);
        if (peopleA.Count > 0 && peopleB.Count > 0)
        {
            var shared = peopleA.Intersect(peopleB, StringComparer.Ordinal).Count();
            return shared >= Math.Min(2, Math.Min(peopleA.Count, peopleB.Count));
        }
        var countriesA = CountriesOf(a, aCountries);
        var countriesB = CountriesOf(b, bCountries);
        // Two sides naming no state at all cannot be told apart: treat as agreeing, the type and date decide.
        return countriesA.Count == 0 || countriesB.Count == 0 || countriesA.Overlaps(countriesB);
    }

    /// <summary>
    /// False only when <see cref="ParticipantsAgree"/> must fail between a mention naming <paramref name="people"/> (see
    /// <see cref="People"/>) and an event whose participants have <paramref name="eventActorIds"/>: both name people and
    /// share none. A necessary condition of agreement, cheap enough to skip candidates before reading them.
    /// </summary>
    public static bool MayShareParticipants(IReadOnlySet<string> people, IReadOnlyList<string> eventActorIds)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(eventActorIds);
        if (people.Count == 0)
        {
            return true;
        }
        var eventNamesPeople = false;
        foreach (var id in eventActorIds)
        {
            if (people.Contains(id))
            {
                return true;
            }
            eventNamesPeople |= !string.IsNullOrWhiteSpace(id) && !IsStateId(id);
        }
        return !eventNamesPeople;
    }

    /// <summary>
    /// True when an event's mentions include a mention of the same article dated differently. The extractor folds
    /// the mentions of one happening within an article, so one article's mentions on different dates are different
    /// happenings (Lavrov meeting Choe one day and Kim the next), however close the dates.
    /// </summary>
    public static bool HoldsOtherMentionOfArticle(IEnumerable<Mention> eventMentions, Mention mention)
    {
        ArgumentNullException.ThrowIfNull(eventMentions);
        ArgumentNullException.ThrowIfNull(mention);
        return eventMentions.Any(m => m.ArticleId == mention.ArticleId && m.MentionId != mention.MentionId
            && m.ExtractedDate?.Value != mention.ExtractedDate?.Value);
    }

    /// <summary>Actor ids of people and offices (anything that is not a bare ISO country code).</summary>
    public static HashSet<string> People(IEnumerable<Participant> participants) =>
        participants.Select(p => p.ActorId).Where(id => !string.IsNullOrWhiteSpace(id) && !IsStateId(id)).ToHashSet(StringComparer.Ordinal);

    /// <summary>True for actor ids that name a state ("RU", "KP").</summary>
    public static bool IsStateId(string actorId) =>
        actorId.Length == 2 && char.IsAsciiLetterUpper(actorId[0]) && char.IsAsciiLetterUpper(actorId[1]);

    private static HashSet<string> CountriesOf(IEnumerable<Participant> participants, IEnumerable<string> countries) =>
        countries.Concat(participants.Select(p => p.Country ?? "")).Concat(participants.Select(p => IsStateId(p.ActorId) ? p.ActorId : ""))
            .Where(c => c.Length > 0).Select(c => c.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <summary>Merge fences covering a search: one per type and month of the window ("meeting|2023-10"), or "type|undated".</summary>
    public static IEnumerable<string> FenceKeys(string type, DateOnly? from, DateOnly? to)
    {
        if (from is null || to is null)
        {
            yield return $"{type}|undated";
            yield break;
        }
        var month = new DateOnly(from.Value.Year, from.Value.Month, 1);
        while (month <= to.Value)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{type}|{month:yyyy-MM}");
            month = month.AddMonths(1);
        }
    }

    /// <summary>The fences of an event's own date (its bucket changes when its date does).</summary>
    public static IEnumerable<string> FenceKeys(TimelineEvent timelineEvent)
    {
        ArgumentNullException.ThrowIfNull(timelineEvent);
        return FenceKeys(timelineEvent.Type, timelineEvent.Date?.Start, timelineEvent.Date?.End);
    }
}
