using Timeline.Contracts;
using Timeline.Extraction.Extraction.Dates;
using Timeline.Lexicon;

namespace Timeline.Extraction.Extraction.Events;

/// <summary>
/// One mention per happening per article: mentions of the same type, modality (and agreement stage) whose dates are
/// compatible and whose people fit together are folded into the first, which keeps the most precise date.
/// </summary>
internal static class MentionDeduplicator
{
    public static List<Candidate> Merge(List<Candidate> candidates, Gazetteer gazetteer)
    {
        var kept = new List<Candidate>();
        foreach (var c in candidates)
        {
            c.AgentCountries.Add(AgentCountry(c, gazetteer));
            c.LastSentence = c.Sentence.Index;
        }
        foreach (var c in candidates)
        {
            // "… كما أعلن المتحدث جون كيربي": a claim attributed in one of the next two sentences to a spokesman of the accusing state.
            // The spokesman's words may themselves be a claim ("Kirby said later that soldiers had been moved").
            if (c.Trigger.Kind == "report" && c.Type is EventTypes.Statement or EventTypes.Accusation && kept.LastOrDefault(k => k.Type == EventTypes.Accusation) is { } acc
                && c.Sentence.Index - acc.LastSentence is 1 or 2 && c.Agent?.Country is { } speakerCountry && acc.AgentCountries.Contains(speakerCountry)
                && !DatedApart(c, acc))
            {
                foreach (var p in c.Participants.Where(p => p.Country == speakerCountry))
                {
                    acc.AddParticipant(p with { Role = ParticipantRoles.Actor });
                }
                continue;
            }
            var target = kept.FirstOrDefault(k => SameHappening(k, c, gazetteer)) ?? LaterLegOf(kept, c, gazetteer);
            if (target is null)
            {
                kept.Add(c);
                continue;
            }
            Absorb(target, c, gazetteer);
        }
        return kept;
    }

    private static bool SameHappening(Candidate a, Candidate b, Gazetteer g)
    {
        if (a.Type != b.Type || a.Modality != b.Modality || a.Earlier != b.Earlier)
        {
            return false; // "Shoigu, now on a visit to Pyongyang" and "his previous visit, on 4 June": two trips.
        }
        if (a.Type == EventTypes.Agreement && a.Subtype is not null && b.Subtype is not null && a.Subtype != b.Subtype)
        {
            return false; // Signing, ratification and entry into force are kept apart.
        }
        if (a.Type == EventTypes.Visit && a.LocationCountry is { } first && b.LocationCountry is { } second && first != second)
        {
            return false; // "left North Korea after a visit to Wonsan … then flew to China": two trips of one traveller.
        }
        if (a.Type == EventTypes.Accusation && (a.Subtype == "sanctions") != (b.Subtype == "sanctions"))
        {
            return false; // Sanctions imposed over the arms trade are an act of their own, not the charge told beside them.
        }
        if (!DatesCompatible(a, b) && !StayDuringVisit(a, b))
        {
            return false;
        }
        if (a.Type == EventTypes.Statement && (!IsPerson(a.Agent, g) || !IsPerson(b.Agent, g)))
        {
            // "Russia thanked…" and "Peskov said…" the same day: one statement of one side; not the other side's reply.
            var sa = a.AgentCountries.Where(x => x is not null).ToList();
            var sb = b.AgentCountries.Where(x => x is not null).ToList();
            return sa.Count == 0 || sb.Count == 0 || sa.Intersect(sb).Any();
        }
        if (a.Type == EventTypes.Statement && a.Agent!.ActorId != b.Agent!.ActorId)
        {
            return false; // "قال ناطق باسم الكرملين" and "أشاد لافروف": two speakers' words, however alike their dates and names.
        }
        var pa = a.Persons(g);
        var pb = b.Persons(g);
        if (pa.Count > 0 && pb.Count > 0)
        {
            return pa.IsSubsetOf(pb) || pb.IsSubsetOf(pa);
        }
        if (a.Type == EventTypes.Accusation && a.Sentence.Index != b.Sentence.Index && (DatedApart(a, b) || DatedApart(b, a)))
        {
            return false; // A state's undated charge and a claim someone made on a day of its own are two claims.
        }
        // Without people on one side, the acting states must not differ ("the White House accuses" vs "Seoul accuses");
        // a group without a state ("the West") goes with whoever it is named with in the same sentence.
        if (a.Sentence.Index == b.Sentence.Index)
        {
            return true;
        }
        if (a.Type is EventTypes.Agreement or EventTypes.Meeting && BothSidesOfThePair(a) && BothSidesOfThePair(b))
        {
            return true; // "Russia and North Korea signed …" and "Ri Hi-yong signed it with Russia": who is named first is no difference.
        }
        return a.AgentCountries.Overlaps(b.AgentCountries.Where(x => x is not null)) || (a.AgentCountries.All(x => x is null) && b.AgentCountries.All(x => x is null));
    }

    /// <summary>
    /// "ومن المقرر أن يزور كيم بعد ذلك مدينة كومسومولسك": an undated plan of the visitor of a visit under way is the
    /// next leg of that trip, not a trip of its own.
    /// </summary>
    private static Candidate? LaterLegOf(List<Candidate> kept, Candidate c, Gazetteer g)
    {
        if (c.Type != EventTypes.Visit || c.Modality != Modalities.Planned || !IsPerson(c.Agent, g))
        {
            return null;
        }
        // Undated, it is the trip's next leg; dated, it is the same trip announced ("سيزور … من 11 إلى 13 تموز" beside "وصل اليوم").
        return kept.FirstOrDefault(k => k.Type == EventTypes.Visit && k.Modality == Modalities.Occurred && k.Agent?.ActorId == c.Agent!.ActorId
            && k.Date is { Precision: DatePrecisions.Day } d && c.Date is not null
            && (c.Derivation == DateDerivations.PublicationDate ? EventDates.Contains(c.Date, d) : c.Date.Precision == DatePrecisions.Day && Math.Abs(c.Date.Start.DayNumber - d.Start.DayNumber) <= 1));
    }

    /// <summary>"On Thursday, Zelensky said 11,000 soldiers had been sent" after an undated claim of his country: a claim of its own day, not the attribution of the one before.</summary>
    private static bool DatedApart(Candidate c, Candidate before) =>
        c.Derivation != DateDerivations.PublicationDate && c.Date is { Precision: DatePrecisions.Day } && c.Date.Value != before.Date?.Value;

    private static bool BothSidesOfThePair(Candidate c) => c.Countries.Contains(Pair.Russia) && c.Countries.Contains(Pair.NorthKorea);

    private static bool IsPerson(Participant? p, Gazetteer g) => p is not null && g.ById(p.ActorId)?.Kind == ActorKinds.Person;

    private static string? AgentCountry(Candidate c, Gazetteer g) => c.Agent?.Country ?? (c.Agent is { } p ? g.ById(p.ActorId)?.Country : null);

    private static bool DatesCompatible(Candidate a, Candidate b)
    {
        if (a.Date is null || b.Date is null)
        {
            return true;
        }
        if (a.Date.Value == b.Date.Value)
        {
            return true;
        }
        // A coarser date only stands in for a finer one when it is the publication fallback, not a stated "this week".
        return (a.Derivation == DateDerivations.PublicationDate && EventDates.Contains(a.Date, b.Date))
            || (b.Derivation == DateDerivations.PublicationDate && EventDates.Contains(b.Date, a.Date));
    }

    /// <summary>
    /// "During his stay in Pyongyang on Thursday" beside "he had landed the previous day": a day of a visit under way,
    /// named as the occasion of what was said, belongs to the visit that began a few days before.
    /// </summary>
    private static bool StayDuringVisit(Candidate a, Candidate b) =>
        a.Type == EventTypes.Visit && (a.Occasion || b.Occasion) && a.Date is { Precision: DatePrecisions.Day } da && b.Date is { Precision: DatePrecisions.Day } db
        && Math.Abs(da.Start.DayNumber - db.Start.DayNumber) <= 6;

    private static void Absorb(Candidate target, Candidate other, Gazetteer g)
    {
        if (StayDuringVisit(target, other) && other.Date!.Start < target.Date!.Start)
        {
            target.Date = other.Date; // The visit began on the earlier day.
            target.Derivation = other.Derivation;
            target.Conflict = other.Conflict;
        }
        else if (other.Date is not null && (target.Date is null || EventDates.Rank(other.Date) > EventDates.Rank(target.Date)
            || (target.Derivation == DateDerivations.PublicationDate && other.Derivation != DateDerivations.PublicationDate)))
        {
            target.Date = other.Date;
            target.Derivation = other.Derivation;
            target.Conflict = other.Conflict;
        }
        var stateAgent = target.Type is EventTypes.Visit or EventTypes.Meeting && target.Agent is { } a && g.ById(a.ActorId)?.Kind == ActorKinds.State ? a : null;
        foreach (var p in other.Participants)
        {
            if (p.Role == ParticipantRoles.Actor && stateAgent is not null && p.Country == stateAgent.Country && g.ById(p.ActorId)?.Kind == ActorKinds.Person)
            {
                // "A Russian delegation arrived … The delegation, led by Minister Kozlov, arrived Tuesday": the minister is
                // the traveller the state stood for; the state acts after him.
                target.Participants.Remove(stateAgent);
                target.AddParticipant(p);
                target.AddParticipant(stateAgent);
                stateAgent = null;
                continue;
            }
            target.AddParticipant(p.Role == ParticipantRoles.Actor && target.Agent is not null ? p with { Role = target.Type is EventTypes.Accusation or EventTypes.Statement ? ParticipantRoles.Target : ParticipantRoles.Counterpart } : p);
        }
        foreach (var country in other.Countries)
        {
            target.AddCountry(country);
        }
        target.AgentCountries.UnionWith(other.AgentCountries);
        target.LastSentence = Math.Max(target.LastSentence, other.LastSentence);
        if (other.Location is { } place)
        {
            target.PlaceAt(place, other.LocationCountry); // The place and its state go together, or not at all.
        }
        target.Subtype ??= other.Subtype;
    }
}
