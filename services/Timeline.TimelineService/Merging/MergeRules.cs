using System.Globalization;
using Timeline.Contracts;
using Timeline.Lexicon;

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
        // The tolerance and the publication lookback reach for a day only: a month dated by its publication ("has sent
        // troops", told in August) is not the month before, so background told month after month stays apart.
        var (from, to) = timelineEvent.Precision != DatePrecisions.Day
            ? (mention.Start, mention.End)
            : Window(mention, dateDerivation);
        return from <= timelineEvent.End && to >= timelineEvent.Start;
    }

    /// <summary>True when both dates are days further apart than the tolerance: two happenings, whatever else agrees.</summary>
    public static bool DifferentDays(EventDate? a, EventDate? b) =>
        a is { Precision: DatePrecisions.Day } && b is { Precision: DatePrecisions.Day } && Math.Abs(a.Start.DayNumber - b.Start.DayNumber) > DayTolerance;

    /// <summary>Agreement sub-types that are stages of an agreement's life, each a happening of its own: signed, ratified, in force.</summary>
    public static readonly IReadOnlySet<string> AgreementStages = new HashSet<string>(StringComparer.Ordinal) { "signing", "ratification", "entry_into_force" };

    /// <summary>
    /// True when a mention may join an event of its type: their dates agree (a plan and what happened only at the plan's
    /// precision), their participants agree, an agreement is at the same stage, and a statement is the same side's.
    /// </summary>
    public static bool Agrees(Mention mention, TimelineEvent timelineEvent) =>
        Agrees(mention, timelineEvent, MentionTally.Of(timelineEvent?.Mentions ?? []));

    /// <summary>
    /// <see cref="Agrees(Mention, TimelineEvent)"/> for an event whose mentions are summed up in <paramref name="tally"/>
    /// (its stages and speaking states), so they need not be read.
    /// </summary>
    public static bool Agrees(Mention mention, TimelineEvent timelineEvent, MentionTally tally)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(timelineEvent);
        ArgumentNullException.ThrowIfNull(tally);
        var datesAgree = (IsPlan(mention.Modality), IsPlan(timelineEvent.Status)) switch
        {
            (true, false) => PlanMatchesOutcome(mention.ExtractedDate, timelineEvent.Date),
            (false, true) => PlanMatchesOutcome(timelineEvent.Date, mention.ExtractedDate),
            _ => DatesAgree(mention.ExtractedDate, mention.DateDerivation, timelineEvent.Date),
        };
        return datesAgree
            && ParticipantsAgree(mention.Participants, mention.Countries, timelineEvent.Participants, timelineEvent.Countries)
            && StagesAgree(timelineEvent.Type, StagesOf([mention]), tally.Stages)
            && SidesAgree(timelineEvent.Type, SpeakingStates([mention]), tally.SpeakingStates)
            && SpeakersAgree(timelineEvent.Type, mention.Participants, timelineEvent.Participants);
    }

    /// <summary>
    /// True when two events of one type may be merged (new evidence agrees with both): participants agree, an agreement is
    /// at the same stage, a statement is the same side's, and a plan and what happened fall on the same dates.
    /// </summary>
    public static bool EventsAgree(TimelineEvent a, TimelineEvent b) =>
        EventsAgree(a, MentionTally.Of(a?.Mentions ?? []), b, MentionTally.Of(b?.Mentions ?? []));

    /// <summary><see cref="EventsAgree(TimelineEvent, TimelineEvent)"/> for events whose mentions are summed up in tallies.</summary>
    public static bool EventsAgree(TimelineEvent a, MentionTally aTally, TimelineEvent b, MentionTally bTally)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(aTally);
        ArgumentNullException.ThrowIfNull(bTally);
        return ParticipantsAgree(a.Participants, a.Countries, b.Participants, b.Countries)
            && StagesAgree(a.Type, aTally.Stages, bTally.Stages)
            && SidesAgree(a.Type, aTally.SpeakingStates, bTally.SpeakingStates)
            && SpeakersAgree(a.Type, a.Participants, b.Participants)
            && (IsPlan(a.Status) == IsPlan(b.Status) || (IsPlan(a.Status) ? PlanMatchesOutcome(a.Date, b.Date) : PlanMatchesOutcome(b.Date, a.Date)));
    }

    /// <summary>
    /// A plan and what happened agree on dates only at the plan's precision: the outcome's date is as fine as the plan's
    /// and falls inside it. The day tolerance absorbs outlets disagreeing about when one thing happened, but a visit
    /// announced for the 18th and made on the 19th is a schedule that changed, and a report dated only "in June" cannot
    /// say the plan for the 18th was kept. Undated only agrees with undated.
    /// </summary>
    public static bool PlanMatchesOutcome(EventDate? plan, EventDate? outcome) =>
        plan is null || outcome is null
            ? plan is null && outcome is null
            : PrecisionRank(outcome.Precision) <= PrecisionRank(plan.Precision) && outcome.Start >= plan.Start && outcome.End <= plan.End;

    /// <summary>Finer first: day 0, month 1, year (or coarser) 2.</summary>
    internal static int PrecisionRank(string precision) => precision switch
    {
        DatePrecisions.Day => 0,
        DatePrecisions.Month => 1,
        _ => 2,
    };

    /// <summary>
    /// Signing, ratification and entry into force of an agreement are different happenings, often days apart and reported
    /// together: mentions at different stages never join (a mention naming no stage joins any).
    /// </summary>
    public static bool StagesAgree(string type, IEnumerable<Mention> a, IEnumerable<Mention> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return StagesAgree(type, StagesOf(a), StagesOf(b));
    }

    /// <summary><see cref="StagesAgree(string, IEnumerable{Mention}, IEnumerable{Mention})"/> on the stages each side names.</summary>
    public static bool StagesAgree(string type, IReadOnlySet<string> stagesA, IReadOnlySet<string> stagesB)
    {
        ArgumentNullException.ThrowIfNull(stagesA);
        ArgumentNullException.ThrowIfNull(stagesB);
        return type != EventTypes.Agreement || stagesA.Count == 0 || stagesB.Count == 0 || stagesA.Overlaps(stagesB);
    }

    private static HashSet<string> StagesOf(IEnumerable<Mention> mentions) =>
        mentions.Select(m => m.Subtype).OfType<string>().Where(AgreementStages.Contains).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A statement is one side's words: statements whose speakers belong to different states (North Korea confirming its
    /// troops and Putin thanking it, the same day) never join, even when one side names no person.
    /// </summary>
    public static bool SidesAgree(string type, IEnumerable<Mention> a, IEnumerable<Mention> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return SidesAgree(type, SpeakingStates(a), SpeakingStates(b));
    }

    /// <summary><see cref="SidesAgree(string, IEnumerable{Mention}, IEnumerable{Mention})"/> on the speaking states of each side.</summary>
    public static bool SidesAgree(string type, IReadOnlySet<string> sidesA, IReadOnlySet<string> sidesB)
    {
        ArgumentNullException.ThrowIfNull(sidesA);
        ArgumentNullException.ThrowIfNull(sidesB);
        return type != EventTypes.Statement || sidesA.Count == 0 || sidesB.Count == 0 || sidesA.Overlaps(sidesB);
    }

    /// <summary>
    /// A statement is one person's words: statements whose speakers are named people, none of them shared (the Kremlin's
    /// spokesman and the Duma's speaker, days apart), never join. A body or a state speaking joins its side's people.
    /// </summary>
    public static bool SpeakersAgree(string type, IEnumerable<Participant> a, IEnumerable<Participant> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (type != EventTypes.Statement)
        {
            return true;
        }
        var speakersA = Speakers(a);
        var speakersB = Speakers(b);
        return speakersA.Count == 0 || speakersB.Count == 0 || speakersA.Overlaps(speakersB);
    }

    private static HashSet<string> Speakers(IEnumerable<Participant> participants) =>
        participants.Where(p => p.Role == ParticipantRoles.Actor && Gazetteer.Default.ById(p.ActorId)?.Kind == ActorKinds.Person)
            .Select(p => p.ActorId).ToHashSet(StringComparer.Ordinal);

    /// <summary>States whose people speak as actors in the mentions (upper case).</summary>
    public static HashSet<string> SpeakingStates(IEnumerable<Mention> mentions) =>
        (mentions ?? throw new ArgumentNullException(nameof(mentions))).SelectMany(m => m.Participants)
            .Where(p => p.Role == ParticipantRoles.Actor)
            .Select(p => p.Country ?? (IsStateId(p.ActorId) ? p.ActorId : null))
            .OfType<string>().Select(c => c.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);

    private static bool IsPlan(string modalityOrStatus) => modalityOrStatus == Modalities.Planned;

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
