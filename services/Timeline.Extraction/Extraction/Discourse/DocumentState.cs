using Timeline.Contracts;
using Timeline.Extraction.Extraction.Actors;
using Timeline.Extraction.Extraction.Dates;
using Timeline.Lexicon;
using static Timeline.Extraction.Extraction.Pair;

namespace Timeline.Extraction.Extraction.Discourse;

/// <summary>
/// What the article has told so far, read by the sentences after it: who "he", "the latter" and "the two ministers"
/// are, whose subject a clause without one continues, the day "earlier in the day" counts from.
/// </summary>
internal sealed class DocumentState
{
    /// <summary>Family names of the people named in full so far.</summary>
    public Surnames Surnames { get; } = new();

    /// <summary>The last outlet named, for "the agency" and «الوكالة».</summary>
    public Actor? LastOutlet { get; set; }

    /// <summary>The last person named, for "he", "the latter" and a speaker who goes on.</summary>
    public Actor? LastPerson { get; set; }

    /// <summary>Who acted in the sentence before (else the first person it named), for a clause without a subject of its own.</summary>
    public Actor? LastSubject { get; set; }

    /// <summary>The article has told of an agreement between Russia and North Korea: "the treaty" later on is that one.</summary>
    public bool PairAgreement { get; set; }

    /// <summary>The last two people named, oldest first, for "the two ministers".</summary>
    public List<Actor> RecentPersons { get; } = [];

    /// <summary>The article has told of North Korea's troops or arms for Russia: "the deployment" later on is that one.</summary>
    public bool PairMilitary { get; set; }

    /// <summary>The person who led the last visit told, for "the delegation" and «الوفد».</summary>
    public Actor? LastVisitor { get; set; }

    /// <summary>The day of the last event dated to a day, for "earlier in the day".</summary>
    public EventDate? LastDay { get; set; }

    /// <summary>
    /// The dateline's day and the sentence holding it ("SEOUL, Nov. 15 (Yonhap)", which the agency's credit parts from the
    /// lead): the day the lead was filed.
    /// </summary>
    public (DateMention Date, int Sentence)? Dateline { get; set; }

    /// <summary>A day the headline tells ("Putin arrives in Pyongyang on Wednesday"), for the lead that retells it undated.</summary>
    public DateMention? HeadlineDay { get; set; }

    /// <summary>The first sentence that told an event: the lead.</summary>
    public int? LeadSentence { get; set; }

    /// <summary>
    /// The day of the last sitting told with its day («جلسة المجلس التي انعقدت الأربعاء», "Thursday's council meeting"), for
    /// what is said "at the session" later on.
    /// </summary>
    public EventDate? OccasionDay => Sittings.Count > 0 ? Sittings[^1].Day : null;

    /// <summary>
    /// Every sitting told with its day: the sentence, the day, and whether it was named as one already told ("the call on
    /// Tuesday", «المكالمة التي جرت الثلاثاء»), which then dates the undated telling of it just before.
    /// </summary>
    public List<(int Sentence, EventDate Day, bool Told)> Sittings { get; } = [];

    /// <summary>The date of the last dated event, at its precision, for "at the time".</summary>
    public EventDate? LastDate { get; set; }

    /// <summary>
    /// The people of the last meeting or visit held between Russia and North Korea, and its date: what one of them says
    /// next ("Shoigu affirmed that Moscow stood ready …") is said to the other side.
    /// </summary>
    public (HashSet<string> People, EventDate? Date)? PairEncounter { get; set; }

    /// <summary>The states named in the sentence before, for "these claims" and "the capital".</summary>
    public List<string> PreviousCountries { get; set; } = [];

    /// <summary>
    /// What a sentence leaves for the ones after it: the day of its last event dated to a day, who spoke and which states were
    /// in play, and who acted.
    /// </summary>
    public void Remember(List<Candidate> result, List<ActorMention> mentions, DateOnly? published, Gazetteer gazetteer, IReadOnlySet<string> hosting)
    {
        if (result.LastOrDefault(c => c.Date?.Precision == DatePrecisions.Day) is { } dated)
        {
            LastDay = dated.Date;
        }
        if (LeadSentence is null && result.Count > 0)
        {
            LeadSentence = result[0].Sentence.Index;
        }
        if (result.LastOrDefault(c => c.Date is not null) is { } any)
        {
            LastDate = any.Date;
        }
        if (result.LastOrDefault(c => c.Type is EventTypes.Meeting or EventTypes.Visit && c.Modality == Modalities.Occurred && c.Countries.Contains(Russia) && c.Countries.Contains(NorthKorea)) is { } encounter)
        {
            var people = new HashSet<string>();
            foreach (var p in encounter.Participants)
            {
                if (gazetteer.ById(p.ActorId)?.Kind == ActorKinds.Person)
                {
                    people.Add(p.ActorId);
                }
            }
            PairEncounter = people.Count > 0 ? (people, encounter.Date) : PairEncounter;
        }
        PairMilitary |= result.Any(c => c.Type is EventTypes.MilitaryCooperation or EventTypes.Accusation && c.Countries.Contains(Russia) && c.Countries.Contains(NorthKorea));
        if (result.LastOrDefault(c => c.Type == EventTypes.Visit && c.Agent is not null) is { } visit
            && gazetteer.ById(visit.Agent!.ActorId) is { Kind: ActorKinds.Person } visitor)
        {
            LastVisitor = visitor;
        }
        // «استقبل كيم … سيرغي شويغو»: before any visit is told, the guest a host received is the one "the delegation" means.
        if (LastVisitor is null && result.FirstOrDefault(c => c.Type == EventTypes.Meeting && hosting.Contains(c.Sentence.Tokens[c.TriggerToken].Norm)) is { } reception
            && reception.Agent is { } host && gazetteer.ById(host.ActorId)?.Kind == ActorKinds.Person
            && reception.Participants.FirstOrDefault(p => p.Role == ParticipantRoles.Counterpart && p.Country is not null && p.Country != host.Country
                && gazetteer.ById(p.ActorId)?.Kind == ActorKinds.Person) is { } guest)
        {
            LastVisitor = gazetteer.ById(guest.ActorId);
        }
        // Remember who spoke and which states were in play, for pronouns, "the latter" and "these claims" next.
        var persons = new List<Actor?>(mentions.Count);
        foreach (var m in mentions)
        {
            if (m.On(published) is { Kind: ActorKinds.Person } person)
            {
                persons.Add(person);
            }
        }
        if (persons.Count > 0)
        {
            LastPerson = persons[^1];
            foreach (var person in persons)
            {
                RecentPersons.Remove(person!);
                RecentPersons.Add(person!);
            }
            if (RecentPersons.Count > 2)
            {
                RecentPersons.RemoveRange(0, RecentPersons.Count - 2);
            }
        }
        var countries = new List<string>(mentions.Count);
        foreach (var m in mentions)
        {
            if (CountryOf(m.Actor) is { } country && !countries.Contains(country))
            {
                countries.Add(country); // Each state once, in the order first named.
            }
        }
        PreviousCountries = countries;
        // An outlet speaking for its state ("KCNA said …") is no subject that the next sentence's verb goes on with.
        var subject = result.Select(c => c.Agent).FirstOrDefault(a => a is not null && gazetteer.ById(a.ActorId)?.Kind != ActorKinds.Media) is { } acted
            ? gazetteer.ById(acted.ActorId) : persons.FirstOrDefault();
        if (subject is not null)
        {
            LastSubject = subject;
        }
    }
}
