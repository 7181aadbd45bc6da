using Timeline.Contracts;
using Timeline.Extraction.Extraction.Discourse;
using Timeline.Extraction.Extraction.Predicates;
using Timeline.Extraction.Extraction.Text;
using Timeline.Lexicon;
using static Timeline.Extraction.Extraction.Text.TokenSpan;

namespace Timeline.Extraction.Extraction.Arguments;

/// <summary>
/// Who acts: the speaker of a reporting verb, the agent of any other trigger (before the verb, after it, "by" after a
/// noun, the subject a relative clause interrupts, or the subject of the sentence before), never someone inside what is
/// said or named after "with".
/// </summary>
internal sealed class AgentFinder
{
    /// <summary>Words between the state of a title and the name after it: «لدى المنظمات الدولية في فيينا».</summary>
    private const int MaxTitleComplement = 6;

    private readonly Gazetteer _gazetteer;
    private readonly ExtractionData _data;
    private readonly SubjectContinuation _continuation;

    /// <summary>Finds agents among the actors of <paramref name="gazetteer"/> with the words of <paramref name="data"/>.</summary>
    public AgentFinder(Gazetteer gazetteer, ExtractionData data)
    {
        _gazetteer = gazetteer;
        _data = data;
        _continuation = new SubjectContinuation(data);
    }

    /// <summary>
    /// The speaker of a reporting verb: a name just before it or right after it ("قال الرئيس الروسي") but not inside what
    /// is said ("ذكرت الوكالة أن الجانبين"); for a participle ("…, saying", "مضيفا") the sentence's subject; nobody else.
    /// </summary>
    public Actor? FindSpeaker(IReadOnlyList<Token> t, TriggerHit hit, List<(int Token, Actor Actor)> people, Participant? previousAgent, bool[] covered)
    {
        if (_data.Participles.Contains(t[hit.First].Norm) && QuotedAs(t, hit, people) is { } quoted)
        {
            return quoted; // "The official news agency quoted Kim Jong Un as saying": Kim speaks, not the outlet or its state.
        }
        if (_data.Participles.Contains(t[hit.First].Norm))
        {
            // The subject the participle continues ("ورفع كيم نخبا لصحة بوتين، مؤكدا", "Pyongyang defended the ties,
            // saying"): the agent of the sentence's previous event, else the first party named before it that is not
            // inside what was said. A name closing the main clause is its object, not its subject.
            var subjects = people.Where(p => p.Token >= 0 && p.Token < hit.First && p.Actor.Kind is ActorKinds.Person or ActorKinds.Office or ActorKinds.Organisation or ActorKinds.State && !Said(t, -1, p.Token)).ToList();
            return subjects.FirstOrDefault(p => p.Actor.Id == previousAgent?.ActorId).Actor ?? subjects.FirstOrDefault().Actor;
        }
        var opener = ClauseStart(t, hit.First);
        if (hit.First - opener == 1 && t[opener].Norm is "who" or "الذي" or "التي"
            && people.LastOrDefault(p => p.Token >= 0 && p.Token < opener && p.Actor.Kind == ActorKinds.Person && opener - p.Token <= 15).Actor is { } described)
        {
            // "…, Jo Yong Won, a secretary of the party in North Korea, who said": the one who speaks is the person the
            // relative clause hangs on, past the description's bodies and states ("which" hangs on a thing, so not here).
            return described;
        }
        if (SubjectBeforeRelativeClause(t, hit, people, covered) is { } relativeSubject)
        {
            return relativeSubject; // "Mark Rutte, who heads NATO, confirmed": not the name inside the relative clause.
        }
        var after = NamedInTitle(t, people, FirstAfter(people, hit.Last), covered);
        if (_data.Attributions.Contains(t[hit.First].Norm))
        {
            // "…، وفق ما أفادت وسائل إعلام رسمية", "according to Seoul": the source follows; a name before is what was said.
            // "according to the first report by the monitoring team": the words between describe what the source issued.
            return after.Actor is not null && (Gap(t, hit.Last, after.Token, covered) <= 4 || DescribedSpeakers.Between(t, hit.Last, after.Token, covered, _data.SpeakerNouns)) ? after.Actor : null;
        }
        var before = LastBefore(people, hit.First);
        // In Arabic the subject follows the verb, possibly after a time adverbial ("كما قال في وقت سابق ناطق باسم الكرملين");
        // a name closing the clause before the verb belongs to that clause ("بعد شهر من زيارة الزعيم الكوري الشمالي لشرق
        // روسيا، أكد وزير الخارجية الروسي").
        // In English only an inverted verb opening its clause has its speaker after it ("…," said Peskov); otherwise the name
        // after it opens what is said ("the ministry on Tuesday said Moscow must …") or is asked ("urged Moscow to").
        var afterSpeaks = after.Actor is not null && Gap(t, hit.Last, after.Token, covered) <= (t[hit.First].IsArabic ? 5 : 3) && !Said(t, hit.Last, after.Token)
            && (t[hit.First].IsArabic || ClauseStart(t, hit.First) == hit.First);
        var beforeElsewhere = t[hit.First].IsArabic && before.Actor is not null && t[before.Token].Clause != t[hit.First].Clause;
        // "ونقل لافروف إلى كيم تحيات بوتين، وقال إن": a coordinated verb goes on with the subject of the clause before,
        // not with the name that closes it.
        if (beforeElsewhere && !afterSpeaks && t[hit.First].Norm.Length > 3 && t[hit.First].Norm[0] == 'و'
            && ((previousAgent is not null ? _gazetteer.ById(previousAgent.ActorId) : null)
                ?? people.FirstOrDefault(p => p.Token >= 0 && p.Token < before.Token && p.Actor.Kind == ActorKinds.Person).Actor) is { } clauseSubject)
        {
            return clauseSubject;
        }
        if (t[hit.First].IsArabic && after.Actor is { Kind: ActorKinds.Person } && Gap(t, hit.Last, after.Token, covered) == 1 && !Said(t, hit.Last, after.Token))
        {
            return after.Actor; // «…، تشوي سون هي، أكد لافروف»: a person right after an Arabic verb is its subject.
        }
        if (beforeElsewhere && !afterSpeaks && hit.Last + 1 < t.Count && _data.SpeakerNouns.Contains(t[hit.Last + 1].Norm))
        {
            return null; // "…إلى روسيا، حسبما أفادت وكالة الأنباء الرسمية": the outlet or office described after the verb speaks.
        }
        if (before.Actor is not null && Gap(t, before.Token, hit.First, covered) <= 2 && !(beforeElsewhere && afterSpeaks))
        {
            return before.Actor;
        }
        if (!t[hit.First].IsArabic && before.Actor is not null && PairReferenceAt(people, before.Token) && t[before.Token].Clause == t[hit.First].Clause
            && Gap(t, before.Token, hit.First, covered) <= 5)
        {
            return before.Actor; // "The two leaders stressed", "Both sides have voiced": the pair the words stand for speaks.
        }
        if (!t[hit.First].IsArabic && SetOffBeforeVerb(t, people, hit, covered) is { } setOff)
        {
            return setOff; // "Kim, in his opening remarks, stressed", "Putin, speaking to reporters, said".
        }
        if (before.Actor is { Kind: ActorKinds.State or ActorKinds.Organisation or ActorKinds.Place } && GroupTail(t, before.Token, hit.First, covered))
        {
            return before.Actor; // "Seoul, Washington and others believe": the state named last speaks with them.
        }
        if (before.Actor is { Kind: ActorKinds.State or ActorKinds.Organisation } && (!afterSpeaks || !t[hit.First].IsArabic) && DescribedSpeakers.Between(t, before.Token, hit.First, covered, _data.SpeakerNouns))
        {
            return before.Actor; // "South Korean intelligence officials say".
        }
        return afterSpeaks ? after.Actor : null;
    }

    /// <summary>
    /// The words between a name and its verb are "and others", "and its allies" or the like, with the verb's auxiliary
    /// ("The US and its allies have said").
    /// </summary>
    private bool GroupTail(IReadOnlyList<Token> t, int from, int to, bool[] covered)
    {
        while (to - 1 > from && t[to - 1].Norm is "have" or "has" or "had" or "also")
        {
            to--;
        }
        var count = 0;
        for (var k = from + 1; k < to && count <= 4; k++)
        {
            count += !covered[k] && !t[k].Aside ? 1 : 0;
        }
        if (count is < 2 or > 4)
        {
            return false; // Counted first: the phrase is only built for a tail of two to four words.
        }
        var words = new List<string>(count);
        for (var k = from + 1; k < to; k++)
        {
            if (!covered[k] && !t[k].Aside)
            {
                words.Add(t[k].Norm);
            }
        }
        return words.Count is >= 2 and <= 4 && _data.GroupTails.Contains(string.Join(' ', words));
    }

    /// <summary>
    /// "a trip to Russia", «في إطار رحلته إلى روسيا»: the place a noun trigger leads to is where, never who. In Arabic only
    /// for a journey: «محادثات إلى جانب» is no destination.
    /// </summary>
    private static bool Destination(IReadOnlyList<Token> t, TriggerHit hit, int token) =>
        hit.Entry.Kind == "noun" && token > 0 && (t[hit.First].IsArabic
            ? hit.Entry.Type == EventTypes.Visit && t[token - 1].Norm == "الي"
            : t[token - 1].Norm is "to" or "into");

    /// <summary>
    /// A state or city right after "in" / «في» names where it happened, not who did it: «قد يعقدان اجتماعا في الصين».
    /// </summary>
    private static bool Scene(IReadOnlyList<Token> t, (int Token, Actor Actor) party) =>
        party.Actor.Kind is ActorKinds.State or ActorKinds.Place && party.Token > 0 && t[party.Token - 1].Norm is "في" or "in";

    /// <summary>
    /// The agent named after "by" within the phrase of an English noun trigger ("a visit to Pyongyang by Putin") or of a
    /// passive verb ("has been signed into law by Putin").
    /// </summary>
    private static Actor? NounAgent(IReadOnlyList<Token> t, TriggerHit hit, List<(int Token, Actor Actor)> people, bool[] covered)
    {
        var passive = hit.Entry.Kind == "verb" && hit.First > 0 && t[hit.First - 1].Norm is "been" or "was" or "were" or "is" or "are" or "be";
        if (hit.Entry.Kind != "noun" && !passive || t[hit.First].IsArabic)
        {
            return null;
        }
        for (var k = hit.Last + 1; k < t.Count && k <= hit.Last + 6 && t[k].Clause == t[hit.First].Clause; k++)
        {
            if (t[k].Norm == "by")
            {
                var by = k;
                return people.FirstOrDefault(p => p.Token > by && Gap(t, by, p.Token, covered) <= 2).Actor;
            }
        }
        return null;
    }

    /// <summary>
    /// An Arabic verb of travel followed by «وفد» (VSO): the delegation travels, for the person its description names (its
    /// leader may follow the destination: «وصل وفد من مجلس الدوما إلى بيونغ يانغ برئاسة فولودين»), else its state.
    /// </summary>
    private static Actor? DelegationAfterVerb(IReadOnlyList<Token> t, TriggerHit hit, List<(int Token, Actor Actor)> people)
    {
        if (!t[hit.First].IsArabic || hit.Entry.Type != EventTypes.Visit || hit.Last + 1 >= t.Count || t[hit.Last + 1].Norm is not ("وفد" or "وفدا"))
        {
            return null;
        }
        var end = hit.Last + 2;
        while (end < t.Count && end <= hit.Last + 14 && t[end].Norm != "لزياره")
        {
            end++;
        }
        var named = people.Where(p => p.Token > hit.Last && p.Token < end).ToList();
        return named.FirstOrDefault(p => p.Actor.Kind == ActorKinds.Person).Actor ?? named.FirstOrDefault(p => p.Actor.Kind == ActorKinds.State).Actor;
    }

    /// <summary>
    /// Who invites when the invitation ends with "of"/«من»/"from": the first party named after it, a person first when one
    /// follows the title ("of her Russian counterpart Sergey Lavrov").
    /// </summary>
    private static Actor? Inviter(IReadOnlyList<Token> t, TriggerHit hit, List<(int Token, Actor Actor)> people, bool[] covered)
    {
        if (hit.Entry.Type != EventTypes.Invitation || t[hit.Last].Norm is not ("of" or "من" or "from"))
        {
            return null;
        }
        var named = people.Where(p => p.Token > hit.Last && Gap(t, hit.Last, p.Token, covered) <= 3).ToList();
        return named.FirstOrDefault(p => p.Actor.Kind == ActorKinds.Person).Actor ?? named.FirstOrDefault().Actor;
    }

    /// <summary>
    /// The subject of an Arabic «إن/أن» clause set off by a comma before its verb («فإن الوزير الروسي سيرغي لافروف، دعا كيم»,
    /// «أن كيم جونغ أون، استقبل»): a party right after the particle, with nothing but its titles and the comma before the verb.
    /// </summary>
    private Actor? FrontedSubject(IReadOnlyList<Token> t, TriggerHit hit, List<(int Token, Actor Actor)> people, bool[] covered)
    {
        if (!t[hit.First].IsArabic || hit.Entry.Kind != "verb")
        {
            return null;
        }
        foreach (var p in people)
        {
            if (p.Token <= 0 || p.Token >= hit.First || t[p.Token].Clause == t[hit.First].Clause || p.Actor.Kind is ActorKinds.Place or ActorKinds.Media
                || Gap(t, p.Token, hit.First, covered) > 1)
            {
                continue;
            }
            // Past the person's titles, three words at most: «فإن وزير الخارجية الروسي سيرغي لافروف».
            for (var particle = p.Token - 1; particle >= 0 && particle >= p.Token - 4 && t[particle].Clause == t[p.Token].Clause; particle--)
            {
                if (t[particle].Norm is "فان" || _data.Complementizers.Contains(t[particle].Norm) && t[particle].IsArabic)
                {
                    return p.Actor;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// An invitation someone accepted ("accepted an invitation to visit Moscow", «قبل دعوة لزيارة موسكو»): the inviter is the
    /// first party of another state named after it, never the one accepting.
    /// </summary>
    private static Actor? AcceptedInvitation(IReadOnlyList<Token> t, TriggerHit hit, List<(int Token, Actor Actor)> people, bool[] covered)
    {
        if (hit.Entry.Type != EventTypes.Invitation)
        {
            return null;
        }
        var accepted = false;
        // Three words back, not counting the guest's name: «لبى كيم جونغ أون دعوة».
        for (var (k, words) = (hit.First - 1, 0); k >= 0 && words < 3 && !accepted; k--)
        {
            words += covered[k] ? 0 : 1;
            accepted = t[k].Norm is "accepted" or "accepts" or "accept" or "accepting" or "قبل" or "قبلت" or "يقبل" or "لبي" or "لبت" or "يلبي" or "تلبي";
        }
        if (!accepted)
        {
            return null;
        }
        var guest = people.LastOrDefault(p => p.Token >= 0 && p.Token < hit.First).Actor;
        return people.FirstOrDefault(p => p.Token > hit.Last && Pair.CountryOf(p.Actor) is { } c && c != Pair.CountryOf(guest)).Actor;
    }

    /// <summary>
    /// The acting party: a name just before the verb (SVO), else just after it (VSO, or the genitive of a noun:
    /// "زيارة بوتين"), else the nearest before it in its clause, else the subject of the sentence's previous event
    /// ("اجتمع لافروف مع كيم، بعدما ندد"), else the first name after it.
    /// </summary>
    public Actor? FindAgent(IReadOnlyList<Token> t, TriggerHit hit, int head, List<(int Token, Actor Actor)> people, Participant? previousAgent, Actor? carried, bool[] covered, bool speech, out bool inherited)
    {
        inherited = false;
        var clause = t[hit.First].Clause;
        if (NounAgent(t, hit, people, covered) is { } byAgent)
        {
            return byAgent; // "a recent trip to North Korea by Sergey Lavrov", "was signed by Putin": "by" names who did it.
        }
        if (DelegationAfterVerb(t, hit, people) is { } delegation)
        {
            return delegation; // «وصل وفد من الأكاديمية العسكرية للجيش الروسي إلى بيونغ يانغ»: the delegation's state travels.
        }
        if (AcceptedInvitation(t, hit, people, covered) is { } invitingSide)
        {
            return invitingSide; // "Kim has accepted an invitation to visit Moscow": Moscow invited; Kim accepted.
        }
        if (Inviter(t, hit, people, covered) is { } inviter)
        {
            return inviter; // "at the invitation of her Russian counterpart Sergey Lavrov", «بدعوة من حزب روسيا الموحدة».
        }
        if (FrontedSubject(t, hit, people, covered) is { } fronted)
        {
            return fronted; // «فإن الوزير الروسي سيرغي لافروف، دعا كيم»: the name set before the verb is its subject, Kim its object.
        }
        if (hit.Entry.Type == EventTypes.Visit && hit.Entry.Kind == "noun" && t[hit.Last].IsArabic
            && (t[hit.Last].Norm.EndsWith("ته", StringComparison.Ordinal) || t[hit.Last].Norm.EndsWith("تها", StringComparison.Ordinal))
            && ((previousAgent is not null ? _gazetteer.ById(previousAgent.ActorId) : null)
                ?? people.LastOrDefault(p => p.Token >= 0 && p.Token < hit.First && p.Actor.Kind == ActorKinds.Person).Actor ?? carried) is { Kind: ActorKinds.Person } possessor)
        {
            // «أعلن كيم أن زيارته لروسيا تعبر عن», «نقل لافروف رسالة … إلى كيم، في إطار زيارته»: "his visit" (or «زيارتها»,
            // "her visit") is the subject's, not the state visited nor the last person named.
            return possessor;
        }
        if (DuringIt(t, hit, people) && ((previousAgent is not null ? _gazetteer.ById(previousAgent.ActorId) : null) ?? carried) is { } visitor)
        {
            return visitor; // «قام شويغو بزيارة بيونغ يانغ، سلم خلالها رسالة»: who paid the visit acts during it, not the city.
        }
        if (TroopsOfNorthKorea(t, hit, people) is { } sender)
        {
            return sender; // «أشاد لافروف بمشاركة جنود من الجيش الشعبي الكوري»: the troops' side takes part, not the speaker.
        }
        if (hit.Entry.Type == EventTypes.Visit && t[hit.First].IsArabic && WordForms.IsParticiple(t[hit.First].Norm)
            && people.FirstOrDefault(p => p.Token >= 0 && p.Token < hit.First && p.Actor.Kind == ActorKinds.Person).Actor is { } departing)
        {
            return departing; // «غادر وزير الدفاع نو كوانغ تشول بيونغ يانغ متوجها إلى موسكو»: who left heads on, not the city left.
        }
        if (hit.Entry.Kind == "noun" && !t[hit.First].IsArabic && hit.First > 0 && t[hit.First].Clause == t[hit.First - 1].Clause
            && (t[hit.First - 1].Norm is "his" or "her" or "their" || _data.Presupposing.HasMatchAt(t, hit.First - 1)
                || t[hit.First - 1].Norm is "a" or "an" or "the" && hit.First > 1 && _data.Presupposing.HasMatchAt(t, hit.First - 2))
            && previousAgent is not null && _gazetteer.ById(previousAgent.ActorId) is { } owner)
        {
            // "Choe met Lavrov during her trip to Moscow": the trip is the subject's, not the last name's; so are the talks
            // of "Kim vowed support for Russia's war in Ukraine during (a meeting | talks) with Shoigu".
            return owner;
        }
        if (hit.Entry.Kind == "verb" && previousAgent is not null && CarriesItsObject(t, hit)
            && !people.Exists(p => p.Token > hit.Last && t[p.Token].Clause == t[hit.First].Clause)
            && _gazetteer.ById(previousAgent.ActorId) is { } continuing)
        {
            // «التقى كيم شويغو أمس واصطحبه في جولة بمعرض»: a verb carrying its object («ـه», "him") and naming nobody after
            // it goes on with the subject of the verb before; the one before it in the sentence is its object.
            return continuing;
        }
        if (hit.Entry.Kind == "noun" && !t[hit.First].IsArabic && previousAgent is null && carried is { Kind: ActorKinds.Person } && OpensWithPossessive(t, hit)
            && !people.Exists(p => p.Token >= 0 && p.Token < hit.First))
        {
            // "Shoigu met Kim on Tuesday. His previous visit to North Korea took place on 4 June": "his" is the one the
            // sentence before told of.
            return carried;
        }
        var before = new List<(int Token, Actor Actor)>(people.Count);
        var after = new List<(int Token, Actor Actor)>(people.Count);
        foreach (var p in people)
        {
            if (p.Token >= 0 && p.Token < hit.First)
            {
                before.Add(p);
            }
            // Who is named after "مع/with" takes part with the agent, never as the agent.
            else if (p.Token > hit.Last && !ComitativeBetween(t, hit.Last, p.Token) && !Destination(t, hit, p.Token) && !Scene(t, p))
            {
                after.Add(p);
            }
        }
        // «نددت أوكرانيا بإرسال كوريا الشمالية قوات»: the name right after a verbal noun does it. Not after a possessive
        // («أثناء لقائه تشوي», whose «ه» is the agent; «ة» folds to the same letter, so «زيارة» is left to the rules below).
        if (t[hit.First].IsArabic && hit.Entry.Kind == "noun" && after.Count > 0 && Gap(t, hit.Last, after[0].Token, covered) == 1
            && !WordForms.EndsLikePossessedNoun(t[hit.Last].Norm)
            && !(hit.Entry.Type == EventTypes.Visit && after[0].Actor.Kind is ActorKinds.State or ActorKinds.Place))
        {
            return after[0].Actor;
        }
        if (t[hit.First].IsArabic && hit.Entry.Kind == "noun" && OccasionOfMainVerb(t, hit)
            && before.FirstOrDefault(p => t[p.Token].Clause == t[hit.First].Clause && p.Actor.Kind == ActorKinds.Person).Actor is { } occasionHolder)
        {
            return occasionHolder; // «غادر لافروف كوريا الشمالية بعد اختتام زيارة»: the visit is the subject's, not the country's.
        }
        if (ReducedPassive(t, hit))
        {
            // "sanctions on three Russian firms accused of helping move arms": the firms are accused, not accusing; the
            // clause's subject is.
            return before.Count > 1 ? before[0].Actor : null;
        }
        if (before.Count == 0 && carried is not null && _continuation.ContinuesSubject(t, hit, head, after, covered))
        {
            inherited = true;
            return carried; // "He held talks with …", "وأجرى محادثات مع …": the subject of the sentence before goes on.
        }
        if (head > 0 && _data.RelativePronouns.Contains(t[head - 1].Norm) && LastBefore(people, head - 1) is { Actor: not null } antecedent
            && Gap(t, antecedent.Token, head - 1, covered) <= 1)
        {
            return antecedent.Actor; // "نظيره نو كوانغ تشول، الذي عقد معه محادثات": the noun the relative clause hangs on.
        }
        if (!t[hit.First].IsArabic && hit.Entry.Kind == "verb" && previousAgent is not null && AfterAnd(t, hit.First) && _gazetteer.ById(previousAgent.ActorId) is { } sameSubject)
        {
            inherited = true;
            return sameSubject; // "He thanked Pyongyang for backing the war in Ukraine, and alleged that …": the same "he".
        }
        if (!t[hit.First].IsArabic && hit.Entry.Kind == "verb" && AfterAnd(t, hit.First) && ObjectOfEarlierVerb(t, hit, before) is { } firstSubject)
        {
            inherited = true;
            return firstSubject; // "Lavrov attacked Washington's line on Pyongyang and praised …": not the name the first verb took.
        }
        if (before.Count > 0 && NamedBeforeRelative(t, hit, people, before[^1].Token, covered) is { } described)
        {
            return described; // «سيرغي شويغو، الذي يرأس مجلس الأمن القومي الروسي، زار»: not the body inside the relative clause.
        }
        if (speech && t[hit.First].IsArabic && hit.Entry.Kind == "verb" && before.Count > 0 && t[before[^1].Token].Clause != clause
            && ClauseStart(t, hit.First) == hit.First && t[hit.First].Norm.Length > 3 && t[hit.First].Norm[0] == 'و'
            && (after.Count == 0 || Gap(t, hit.Last, after[0].Token, covered) > 1)
            && previousAgent is not null && _gazetteer.ById(previousAgent.ActorId) is { } speaking)
        {
            // «التقى كيم وزير الدفاع الروسي في بيونغ يانغ، وأشاد بالتعاون»: a coordinated verb of speech with no subject of
            // its own right after it goes on with the subject of the clause before, not with the one met at its end.
            inherited = true;
            return speaking;
        }
        // Not across a subordinating conjunction: in "لكوريا الشمالية، بينما اتفقتا" the name ends the previous clause.
        if (before.Count > 0 && Gap(t, before[^1].Token, hit.First, covered) <= 2
            && !WordBetween(t, before[^1].Token, hit.First, _data.ClauseOpeners) && !InsideEarlierRelativeClause(t, before[^1].Token, hit.First)
            && !OpensClauseBeforeItsPerson(t, hit, before[^1].Token, after, covered))
        {
            return before[^1].Actor;
        }
        if (before.Count > 0 && before[^1].Actor.Kind is ActorKinds.State or ActorKinds.Organisation && DescribedSpeakers.Between(t, before[^1].Token, hit.First, covered, _data.SpeakerNouns))
        {
            return before[^1].Actor; // "South Korean intelligence officials accused".
        }
        // Not from inside what is said: in "denied that North Korea had", North Korea is not the one denying.
        // An English verb's subject stands before it: "Kim, who …, received on March 21 Shoigu" has Kim as subject.
        // So does the speaker of "Kim, who …, told Lavrov", read as talks: the one told is no subject.
        // And so does that of an infinitive: "expressed his intention to visit North Korea".
        var subjectFirst = !t[hit.First].IsArabic && (hit.Entry.Kind is "verb" or "report" || hit.First > 0 && t[hit.First - 1].Norm == "to") && before.Count > 0;
        // "the foreign ministers of 48 countries condemned North Korea's export of missiles": in English the one condemned
        // or accused follows the verb; the subject, unnamed, is no one the sentence names.
        if (after.Count > 0 && !subjectFirst && !ObjectOfCharge(t, hit) && Gap(t, hit.Last, after[0].Token, covered) <= (before.Count == 0 ? 4 : 2) && !(speech && Said(t, hit.Last, after[0].Token)))
        {
            return NamedInTitle(t, after, 0, covered).Actor; // VSO, even past a quantifier: "وتزعم بعض الدول مثل الولايات المتحدة".
        }
        for (var b = before.Count - 1; b >= 0; b--)
        {
            if (t[before[b].Token].Clause == clause)
            {
                return before[b].Actor; // The nearest named before the trigger in its clause.
            }
        }
        if (SubjectBeforeRelativeClause(t, hit, people, covered) is { } subject)
        {
            return subject; // "Shoigu, who was on his second visit, arrived in the capital".
        }
        if (SubjectOfMainClause(t, hit, before) is { } mainSubject)
        {
            return mainSubject; // "Lavrov left Pyongyang on Sunday after talks with Choe": the talks are Lavrov's.
        }
        if (before.Count == 0 && SubjectAfterOccasion(t, hit, people) is { } host)
        {
            return host; // "At a meeting with Shoigu in Pyongyang, Kim said …", «خلال لقائه مع شويغو، أكد كيم»: the meeting is Kim's.
        }
        if (SubjectOfAside(t, hit, people) is { } traveller)
        {
            return traveller; // "Choe Son Hui, on a recent trip to Russia, handed over": the aside is about the name before it.
        }
        if (previousAgent is not null)
        {
            inherited = true;
            return Gazetteer.Default.ById(previousAgent.ActorId);
        }
        var first = default((int Token, Actor Actor));
        foreach (var p in after)
        {
            if (t[p.Token].Clause == clause)
            {
                first = p;
                break;
            }
        }
        if (ObjectOfCharge(t, hit))
        {
            return null; // "the foreign ministers of 48 countries condemned North Korea's export": who is condemned.
        }
        return speech && first.Actor is not null && Said(t, hit.Last, first.Token) ? null : first.Actor;
    }

    /// <summary>An English verb of condemning or accusing: the name after it is the one charged, never its subject.</summary>
    private static bool ObjectOfCharge(IReadOnlyList<Token> t, TriggerHit hit) =>
        !t[hit.First].IsArabic && hit.Entry.Kind == "verb" && (hit.Entry.Type == EventTypes.Accusation || hit.Entry.Subtype == "condemnation");

    /// <summary>
    /// An Arabic verb opening its clause after a comma with a person or title right after it, past a title word («الزعيم»):
    /// «في مشهد يعكس العلاقات بين موسكو وبيونغ يانغ، بعث زعيم كوريا الشمالية كيم جونغ أون رسالة» has the person act, not
    /// the states closing the phrase.
    /// </summary>
    private static bool OpensClauseBeforeItsPerson(IReadOnlyList<Token> t, TriggerHit hit, int lastBefore, List<(int Token, Actor Actor)> after, bool[] covered) =>
        t[hit.First].IsArabic && hit.Entry.Kind != "noun" && t[lastBefore].Clause != t[hit.First].Clause && t[hit.First - 1].Clause != t[hit.First].Clause
        && after.Count > 0 && after[0].Actor.Kind is ActorKinds.Person or ActorKinds.Office && Gap(t, hit.Last, after[0].Token, covered) <= 2;

    /// <summary>
    /// An Arabic verb followed by «خلالها» / «خلاله» (during it): it tells what the one who made the visit told before did
    /// during it («زار موسكو، سلم خلالها رسالة»). A person right after is the one met («والتقت خلالها لافروف»), and for
    /// any other verb may be its own subject.
    /// </summary>
    private static bool DuringIt(IReadOnlyList<Token> t, TriggerHit hit, List<(int Token, Actor Actor)> people) =>
        t[hit.First].IsArabic && hit.Entry.Kind != "noun" && hit.Last + 1 < t.Count && WordForms.IsDuringIt(t[hit.Last + 1].Norm)
        && (hit.Entry.Type == EventTypes.Meeting || !people.Exists(p => p.Token == hit.Last + 2 && p.Actor.Kind == ActorKinds.Person));

    /// <summary>
    /// An Arabic noun of taking part with North Korean troops named right after it («مشاركة الجنود الكوريين الشماليين»,
    /// «انخراط جنود من الجيش الشعبي الكوري»): North Korea's side sends them, whoever speaks of it.
    /// </summary>
    private static Actor? TroopsOfNorthKorea(IReadOnlyList<Token> t, TriggerHit hit, List<(int Token, Actor Actor)> people)
    {
        if (!t[hit.First].IsArabic || hit.Entry.Kind != "noun" || hit.Entry.Subtype != "troop_deployment")
        {
            return null;
        }
        return people.FirstOrDefault(p => NounTriggers.NorthKoreanTroopsAt(t, hit, p.Token, p.Actor)).Actor;
    }

    /// <summary>
    /// A noun told in a clause opened by a presupposing conjunction ("after talks with Choe", «بعدما»): its agent is the
    /// person the sentence opens with, the subject of the main clause the clause hangs on.
    /// </summary>
    private Actor? SubjectOfMainClause(IReadOnlyList<Token> t, TriggerHit hit, List<(int Token, Actor Actor)> before)
    {
        var clause = t[hit.First].Clause;
        if (hit.Entry.Kind != "noun" || clause == 0 || before.Count == 0)
        {
            return null;
        }
        var opener = hit.First;
        while (opener > 0 && t[opener - 1].Clause == clause)
        {
            opener--;
        }
        if (!_data.ClauseOpeners.Contains(t[opener].Norm) || !_data.Presupposing.HasMatchAt(t, opener))
        {
            return null;
        }
        var first = before[0];
        // "A North Korean delegation returned home after a visit to Russia": a delegation travels for its state.
        var delegation = first.Actor.Kind == ActorKinds.State
            && Enumerable.Range(first.Token + 1, Math.Min(3, t.Count - first.Token - 1)).Any(k => t[k].Norm is "delegation" or "delegations");
        return t[first.Token].Clause == 0 && (first.Actor.Kind == ActorKinds.Person || delegation) ? first.Actor : null;
    }

    /// <summary>
    /// A noun told in a phrase that opens the sentence with "at", "during", «خلال» or «في … مع» and ends at a comma ("At a
    /// meeting with Shoigu in Pyongyang, Kim said", «في اجتماع مع فولودين، طلب كيم»): its agent is the first party named
    /// at the head of the main clause after it.
    /// </summary>
    private Actor? SubjectAfterOccasion(IReadOnlyList<Token> t, TriggerHit hit, List<(int Token, Actor Actor)> people)
    {
        var clause = t[hit.First].Clause;
        var opener = ClauseStart(t, hit.First);
        if (hit.Entry.Kind != "noun" || opener > 1 || !_data.Presupposing.HasMatchAt(t, opener) && !(opener == 0 && t.Count > 1 && _data.Presupposing.HasMatchAt(t, 1))
            && !(hit.First - opener <= 1 && NounTriggers.AtMeetingWith(t, hit)))
        {
            return null;
        }
        foreach (var p in people)
        {
            // «خلال زيارته التي يجريها إلى روسيا حضر كيم»: with no comma, the main verb and its subject follow in the
            // occasion's clause; a visit takes no person as object there, so the first person past the place is the subject.
            if (p.Token > hit.Last && t[p.Token].Clause == clause && hit.Entry.Type == EventTypes.Visit && p.Actor.Kind == ActorKinds.Person
                && !ComitativeBetween(t, hit.Last, p.Token))
            {
                return p.Actor;
            }
            if (p.Token > hit.Last && t[p.Token].Clause > clause && !t[p.Token].Aside)
            {
                // The main clause's subject stands at its head (SVO) or right after its verb (VSO): a few words in.
                return p.Token - ClauseStart(t, p.Token) <= 4 ? p.Actor : null;
            }
        }
        return null;
    }

    /// <summary>
    /// The party at <paramref name="index"/>, or, when it is a title or a state inside one followed by a person of that
    /// state in apposition («وزير الدفاع في كوريا الجنوبية، آن غيو باك»), that person.
    /// </summary>
    private static (int Token, Actor Actor) NamedInTitle(IReadOnlyList<Token> t, List<(int Token, Actor Actor)> people, int index, bool[] covered)
    {
        if (index < 0)
        {
            return default;
        }
        var party = people[index];
        if (party.Actor.Kind is not (ActorKinds.State or ActorKinds.Office) || Pair.CountryOf(party.Actor) is not { } country)
        {
            return party;
        }
        // The title may name a place, which is no party: «السفير الروسي في بيونغ يانغ، ألكسندر ماتسيغورا».
        if (index + 1 < people.Count && people[index + 1] is { Actor.Kind: ActorKinds.Person } person && person.Actor.Country == country
            && Gap(t, party.Token, person.Token, covered) <= 2)
        {
            return person;
        }
        // A state after a title's head noun may be followed by what the office is to, places and bodies included, before
        // the name: «مندوب روسيا لدى الوكالة الذرية، ميخائيل أوليانوف».
        if (party.Actor.Kind == ActorKinds.State && party.Token > 0 && Appositions.IsTitleHead(t[party.Token - 1].Norm))
        {
            for (var j = index + 1; j < people.Count && Gap(t, party.Token, people[j].Token, covered) <= MaxTitleComplement; j++)
            {
                if (people[j].Actor.Kind == ActorKinds.Person)
                {
                    // The title stands where its state does: how far the speaker is from the verb is measured there.
                    return people[j].Actor.Country == country ? (party.Token, people[j].Actor) : party;
                }
            }
        }
        return party;
    }

    /// <summary>
    /// An Arabic noun after «بعد», «عقب», «خلال» or «أثناء», directly or past one word («بعد اختتام زيارة»): the occasion
    /// of the clause's verb, whose subject it shares.
    /// </summary>
    private bool OccasionOfMainVerb(IReadOnlyList<Token> t, TriggerHit hit) =>
        hit.First > 0 && (_data.Presupposing.HasMatchAt(t, hit.First - 1) || hit.First > 1 && _data.Presupposing.HasMatchAt(t, hit.First - 2) || NounTriggers.AtMeetingWith(t, hit))
        && t[hit.First - 1].Clause == t[hit.First].Clause;

    /// <summary>"firms accused of helping", "officials charged with": an English participle that describes the noun before it.</summary>
    /// <summary>«اصطحبه», «استقبلها»: an Arabic verb with its object pronoun attached, whose stem is a trigger of the same type.</summary>
    private bool CarriesItsObject(IReadOnlyList<Token> t, TriggerHit hit)
    {
        var word = t[hit.First].Norm;
        if (!t[hit.First].IsArabic || hit.First != hit.Last || word.Length < 5)
        {
            return false;
        }
        var suffix = word.EndsWith("ها", StringComparison.Ordinal) || word.EndsWith("هم", StringComparison.Ordinal) ? 2 : word.EndsWith('ه') ? 1 : 0;
        return suffix > 0 && _data.IsTriggerForm(t[hit.First], word[..^suffix], hit.Entry.Type);
    }

    /// <summary>"His visit", "Her previous trip", "their first talks" opening the clause: a possessive stands for the owner.</summary>
    private static bool OpensWithPossessive(IReadOnlyList<Token> t, TriggerHit hit)
    {
        var at = hit.First > 0 && t[hit.First - 1].Norm is "his" or "her" or "their" ? hit.First - 1
            : hit.First > 1 && t[hit.First - 2].Norm is "his" or "her" or "their" && t[hit.First - 1].Norm is "previous" or "last" or "recent" or "latest" or "earlier" or "first" or "second" or "official"
                ? hit.First - 2 : -1;
        return at >= 0 && (at == 0 || t[at - 1].Clause != t[at].Clause);
    }

    private static bool ReducedPassive(IReadOnlyList<Token> t, TriggerHit hit) =>
        hit.Entry.Type == EventTypes.Accusation && !t[hit.First].IsArabic && hit.First > 0 && hit.Last + 1 < t.Count
        && t[hit.Last + 1].Norm is "of" or "with" && t[hit.First - 1].Norm is not ("has" or "have" or "had" or "also" or "and" or "who" or "which" or "that" or "publicly" or "repeatedly");

    /// <summary>
    /// True when <paramref name="name"/> hangs on a preposition in a relative clause that closed before the trigger ("The
    /// minister, whose stay prepares a visit by Putin, also praised"): the name belongs to that clause, not to the verb
    /// after it. A member named there ("The group, whose members include X, landed") still travels with it.
    /// </summary>
    private bool InsideEarlierRelativeClause(IReadOnlyList<Token> t, int name, int trigger)
    {
        // The preposition may stand before a title: "by President Vladimir Putin".
        if (t[name].Clause == t[trigger].Clause || !(name > 0 && Preposition(t[name - 1].Norm) || name > 1 && Preposition(t[name - 2].Norm)))
        {
            return false;
        }
        return ClauseOpensWith(t, name, _data.RelativePronouns);
    }

    /// <summary>
    /// The subject opening an English clause when the name just before "and &lt;verb&gt;" hangs on a preposition ("on
    /// Pyongyang", "with Seoul"): that name belongs to the first verb's phrase, and the second verb shares the first's subject.
    /// </summary>
    private static Actor? ObjectOfEarlierVerb(IReadOnlyList<Token> t, TriggerHit hit, List<(int Token, Actor Actor)> before)
    {
        if (before.Count < 2)
        {
            return null;
        }
        var (last, lastActor) = before[^1];
        var (first, firstActor) = before[0];
        if (firstActor == lastActor || t[first].Clause != t[hit.First].Clause || last == 0 || t[last - 1].Norm is not ("on" or "to" or "with" or "against" or "toward" or "towards" or "at" or "of" or "for"))
        {
            return null;
        }
        for (var k = first - 1; k >= 0 && t[k].Clause == t[first].Clause; k--)
        {
            if (t[k].Norm is "and" or "with" or "to" or "on" or "of" or "for" or "by" or "against")
            {
                return null; // The first name is no subject either.
            }
        }
        return firstActor;
    }

    /// <summary>A preposition a name may hang on ("by Putin", "with Seoul").</summary>
    private static bool Preposition(string word) => word is "by" or "with" or "to" or "for" or "of" or "from" or "on";

    /// <summary>An English verb coordinated with the one before it: "…, and alleged", "and also said".</summary>
    private static bool AfterAnd(IReadOnlyList<Token> t, int verb) =>
        verb > 0 && (t[verb - 1].Norm == "and" || verb > 1 && t[verb - 1].Norm == "also" && t[verb - 2].Norm == "and");

    /// <summary>
    /// The person named just before an English aside that opens with a preposition and holds the noun trigger ("X, on a
    /// recent trip to Russia,", "X, during her visit to Moscow,"): the aside tells what that person did.
    /// </summary>
    private static Actor? SubjectOfAside(IReadOnlyList<Token> t, TriggerHit hit, List<(int Token, Actor Actor)> people)
    {
        var clause = t[hit.First].Clause;
        var k = hit.First;
        while (k > 0 && t[k - 1].Clause == clause)
        {
            k--;
        }
        if (hit.Entry.Kind != "noun" || t[hit.First].IsArabic || k == 0 || hit.First - k > 4 || t[k].Norm is not ("on" or "during" or "in"))
        {
            return null;
        }
        var named = people.LastOrDefault(p => p.Token >= 0 && p.Token < k);
        return named.Actor is { Kind: ActorKinds.Person } person && named.Token >= k - 3 && t[named.Token].Clause == t[k - 1].Clause ? person : null;
    }

    /// <summary>
    /// The party whose name closes its clause before a short aside that opens with a preposition or a participle, when
    /// the verb opens the clause after the aside: "Kim, in his opening statement, underscored", "Putin, speaking to
    /// reporters after the parade, said".
    /// </summary>
    private static Actor? SetOffBeforeVerb(IReadOnlyList<Token> t, List<(int Token, Actor Actor)> people, TriggerHit hit, bool[] covered)
    {
        if (hit.First == 0 || ClauseStart(t, hit.First) != hit.First)
        {
            return null;
        }
        foreach (var (token, actor) in people)
        {
            if (token < 0 || token >= hit.First || t[token].Clause >= t[hit.First - 1].Clause)
            {
                continue;
            }
            var aside = token;
            while (aside < hit.First && covered[aside] && t[aside].Clause == t[token].Clause)
            {
                aside++;
            }
            if (aside < hit.First && t[aside].Clause != t[token].Clause && hit.First - aside <= 8
                && t[aside].Norm is "in" or "at" or "during" or "on" or "for" or "speaking" or "addressing" or "writing")
            {
                return actor;
            }
        }
        return null;
    }

    /// <summary>The last party named before word <paramref name="at"/> (none: the default pair, with a null actor).</summary>
    private static (int Token, Actor Actor) LastBefore(List<(int Token, Actor Actor)> people, int at)
    {
        var last = default((int Token, Actor Actor));
        foreach (var p in people)
        {
            if (p.Token >= 0 && p.Token < at)
            {
                last = p;
            }
        }
        return last;
    }

    /// <summary>"quoted Kim as saying", "quoting the minister as adding": the person between "quoted" and "as".</summary>
    private static Actor? QuotedAs(IReadOnlyList<Token> t, TriggerHit hit, List<(int Token, Actor Actor)> people)
    {
        if (hit.First < 3 || t[hit.First - 1].Norm != "as")
        {
            return null;
        }
        for (var k = hit.First - 2; k >= 0 && k >= hit.First - 8; k--)
        {
            if (t[k].Norm is "quoted" or "quoting" or "quotes" or "cited")
            {
                var from = k;
                return people.FirstOrDefault(p => p.Token > from && p.Token < hit.First - 1 && p.Actor.Kind == ActorKinds.Person).Actor;
            }
        }
        return null;
    }

    /// <summary>Two parties stand at one word: a reference to the pair ("the two leaders", "both sides") was read there.</summary>
    private static bool PairReferenceAt(List<(int Token, Actor Actor)> people, int token)
    {
        var n = 0;
        foreach (var p in people)
        {
            n += p.Token == token ? 1 : 0;
        }
        return n >= 2;
    }

    /// <summary>Index of the first party named after word <paramref name="at"/>, or -1.</summary>
    private static int FirstAfter(List<(int Token, Actor Actor)> people, int at)
    {
        for (var i = 0; i < people.Count; i++)
        {
            if (people[i].Token > at)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>True when "مع/with" stands between the trigger and <paramref name="to"/>: who follows it is a companion, not the subject.</summary>
    private bool ComitativeBetween(IReadOnlyList<Token> t, int from, int to) => WordBetween(t, from, to, _data.Comitative);

    /// <summary>The name right before a relative clause that ends just before the trigger's clause: the trigger's subject.</summary>
    private Actor? SubjectBeforeRelativeClause(IReadOnlyList<Token> t, TriggerHit hit, List<(int Token, Actor Actor)> people, bool[] covered)
    {
        var clause = t[hit.First].Clause;
        var k = hit.First;
        while (k > 0 && t[k - 1].Clause == clause)
        {
            k--;
        }
        if (k == 0 || hit.First - k > 1)
        {
            return null; // The trigger must open its clause: "…, arrived".
        }
        var opener = k - 1;
        while (opener > 0 && t[opener - 1].Clause == t[k - 1].Clause)
        {
            opener--;
        }
        if (!_data.RelativePronouns.Contains(t[opener].Norm))
        {
            return null;
        }
        var subject = people.LastOrDefault(p => p.Token >= 0 && p.Token < opener && p.Actor.Kind is ActorKinds.Person or ActorKinds.Office);
        return subject.Actor is not null && Gap(t, subject.Token, opener, covered) <= 1 ? subject.Actor : null;
    }

    /// <summary>
    /// The person named right before a short relative clause that holds <paramref name="nearest"/> and ends at the trigger
    /// ("X, who heads Y, visited"), else null.
    /// </summary>
    private Actor? NamedBeforeRelative(IReadOnlyList<Token> t, TriggerHit hit, List<(int Token, Actor Actor)> people, int nearest, bool[] covered)
    {
        for (var r = nearest - 1; r >= 0 && hit.First - r <= 12; r--)
        {
            if (!_data.RelativePronouns.Contains(t[r].Norm))
            {
                continue;
            }
            var person = LastBefore(people, r);
            return person.Actor is { Kind: ActorKinds.Person } && Gap(t, person.Token, r, covered) <= 1 ? person.Actor : null;
        }
        return null;
    }

    /// <summary>True when a complementizer ("أن", "that") stands between the two positions: the second is inside what is said.</summary>
    private bool Said(IReadOnlyList<Token> t, int from, int to) => WordBetween(t, from, to, _data.Complementizers);
}
