using Timeline.Contracts;
using Timeline.Extraction.Extraction.Actors;
using Timeline.Extraction.Extraction.Text;
using Timeline.Lexicon;
using static Timeline.Extraction.Extraction.Text.WordForms;

namespace Timeline.Extraction.Extraction.Predicates;

/// <summary>
/// Finds the words that tell an event (the versioned trigger lexicon): verbs, nouns and reporting verbs, each with the
/// context word or the destination its entry asks for.
/// </summary>
internal sealed class TriggerFinder
{
    private readonly ExtractionData _data;

    /// <summary>Finds triggers of the lexicon in <paramref name="data"/>.</summary>
    public TriggerFinder(ExtractionData data) => _data = data;

    /// <summary>The triggers of a sentence, left to right, skipping names and titles; a trigger that needs a context word or a destination has it.</summary>
    public List<TriggerHit> FindTriggers(IReadOnlyList<Token> tokens, List<ActorMention> mentions, bool[] occupied, CueSet[] cues)
    {
        var hits = new List<TriggerHit>();
        var matches = new List<PhraseMatch<TriggerEntry>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (occupied[i])
            {
                continue;
            }
            _data.Triggers.MatchInto(tokens, i, matches, allowFuture: true);
            foreach (var m in matches)
            {
                var entry = m.Value;
                if (m.Future && entry.Kind != "verb")
                {
                    continue;
                }
                var last = i + m.Length - 1;
                if (entry.Kind == "noun" && entry.Type == EventTypes.Agreement && i > 0 && StripConjunction(tokens[i - 1].Norm) is "مشروع" or "مسوده" or "draft")
                {
                    continue; // «قدم بوتين مشروع معاهدة الشراكة للتصديق عليه», "the draft treaty": a text submitted, not a treaty signed.
                }
                // Remains may stand up to twelve words back, described by where and when they were found ("the debris recovered
                // after the Russian attack belonged to").
                if (entry.With is { } with && !WithinClause(tokens, occupied, with, i, last, 10) && !ObjectNamedBefore(tokens, with, i, last)
                    && !(entry.Remains && with.AnyIn(tokens, i - 12, i - 1))
                    && !(entry.Type == EventTypes.Meeting && (JointSubject(tokens, mentions, occupied, cues, i, last) || PairSubject(tokens, cues, i, last))))
                {
                    continue;
                }
                if (entry.Kind is "verb" or "report" && !tokens[i].IsArabic && i > 0 && (tokens[last].Norm.EndsWith('s') || tokens[i].Norm.EndsWith("ing", StringComparison.Ordinal))
                    && _data.NounMarkers.Contains(tokens[i - 1].Norm))
                {
                    continue; // "containers of military supplies", "the visiting delegation": a noun or an adjective, not the verb.
                }
                if (entry.Type == EventTypes.Accusation && !tokens[i].IsArabic && i > 0 && tokens[i].Norm.EndsWith("ed", StringComparison.Ordinal)
                    && _data.NounMarkers.Contains(tokens[i - 1].Norm))
                {
                    continue; // "the alleged transfer of shells": what others allege, named; nobody in the sentence accuses.
                }
                if (entry.Destination && !HasDestination(tokens, mentions, last, _data.Capital) && !ArrivedOnADay(tokens, last))
                {
                    continue;
                }
                if ((entry.Destination || entry.Type == EventTypes.Agreement && entry.Kind == "verb") && !tokens[i].IsArabic && i > 0
                    && IsPastParticiple(tokens[i].Norm) && NamesAnAgreement(tokens[i - 1]))
                {
                    continue; // "the agreements reached at the summit in Vostochny": what was agreed, described; nobody travels or agrees here.
                }
                if (entry.Subtype == "tour" && tokens[i].Norm is "took" or "takes" or "taking" or "gave" or "gives" && !PersonNext(tokens, mentions, last))
                {
                    continue; // "took Shoigu around", "gave him a tour": not "the talks took place at the base".
                }
                if (entry.Type == EventTypes.MilitaryCooperation && entry.Kind == "verb" && (DelegationSent(tokens, last) || PutForward(tokens, i, last)))
                {
                    // «أرسل وفدا عسكريا برئاسة شويغو», "sending a military delegation": people to talk, not arms or troops;
                    // «وتقدم كيم بالشكر»: thanks offered, not arms.
                    continue;
                }
                if (entry.Type == EventTypes.Meeting && !tokens[i].IsArabic && tokens[i].Norm.StartsWith("receiv", StringComparison.Ordinal) && !ReceivesSomeone(tokens, mentions, last))
                {
                    continue; // "relations have received a powerful impetus": nobody was received.
                }
                if (entry.Type == EventTypes.Meeting && !tokens[i].IsArabic && tokens[i].Norm.StartsWith("welcom", StringComparison.Ordinal) && last == i && !WelcomesSomeone(tokens, mentions, last))
                {
                    continue; // "welcomed the agreement", "welcomed Kim's efforts": praise, read by the entry after.
                }
                if (entry.AtPlace && !PlaceRightAfter(tokens, mentions, last))
                {
                    continue; // "is in line with", "was in talks": being somewhere needs the place itself.
                }
                if (entry.SpeechFollows && !SpeechOpensAfter(tokens, occupied, last))
                {
                    continue; // "the talks went on for hours", «تابعت وسائل الإعلام الرحلة»: going on, following, not speaking.
                }
                var future = m.Future || entry.Kind != "report" && HeadlineInfinitive(tokens, occupied, i)
                    || entry.Type is EventTypes.Meeting or EventTypes.Visit && ModalityReader.AgreedToBefore(tokens, i) is { } agreed && !DateWordBefore(tokens, agreed);
                hits.Add(new TriggerHit(i, last, entry, future));
                i = last;
                break;
            }
        }
        return hits;
    }

    /// <summary>
    /// True when a context word occurs within <paramref name="reach"/> words of the trigger, in its clause. Names and
    /// titles do not count as words: «قدم بوتين، رئيس روسيا، إلى كيم جونغ أون، زعيم كوريا الشمالية، سيارة هدية».
    /// </summary>
    private static bool WithinClause(IReadOnlyList<Token> tokens, bool[] names, PhraseMatcher<bool> with, int first, int last, int reach)
    {
        var clause = tokens[first].Clause;
        var words = 0;
        for (var k = first - 1; k >= 0 && words < reach; k--)
        {
            words += names[k] ? 0 : 1;
            if (tokens[k].Clause == clause && with.HasMatchAt(tokens, k))
            {
                return true;
            }
        }
        words = 0;
        for (var k = last + 1; k < tokens.Count && words < reach; k++)
        {
            words += names[k] ? 0 : 1;
            if (tokens[k].Clause == clause && with.HasMatchAt(tokens, k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Kim ratified it", "وافق عليها مجلس الاتحاد": the verb's object is a pronoun for a context word earlier in the sentence.</summary>
    private bool ObjectNamedBefore(IReadOnlyList<Token> tokens, PhraseMatcher<bool> with, int first, int last)
    {
        if (last + 1 >= tokens.Count || !_data.ObjectPronouns.Contains(tokens[last + 1].Norm))
        {
            return false;
        }
        for (var k = 0; k < first; k++)
        {
            if (with.HasMatchAt(tokens, k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Two parties of different states joined by "and" as the subject of the verb, before it in English ("Lavrov and Choe
    /// discussed", "the Russian and North Korean agriculture ministers discussed") or after it in Arabic («بحث لافروف
    /// وتشوي», «بحث وزيرا الزراعة الروسي والكوري الشمالي»): each is the other's "with", so they discussed it together.
    /// </summary>
    private bool JointSubject(IReadOnlyList<Token> tokens, List<ActorMention> mentions, bool[] occupied, CueSet[] cues, int first, int last) =>
        JointSubject(tokens, mentions, occupied, cues, first, last, after: tokens[first].IsArabic)
        // «بوتين وكيم بحثا»: an Arabic verb in the dual has its subject before it.
        || tokens[first].IsArabic && first == last && tokens[first].Norm.EndsWith('ا') && JointSubject(tokens, mentions, occupied, cues, first, last, after: false);

    /// <summary>
    /// "The two sides discussed", «أن الجانبين بحثا», «بحث الجانبان»: a subject that names both sides at once, just before an
    /// English verb or an Arabic verb in the dual, or just after an Arabic verb.
    /// </summary>
    private static bool PairSubject(IReadOnlyList<Token> tokens, CueSet[] cues, int first, int last)
    {
        const CueSet both = CueSet.BothStates | CueSet.BothLeaders | CueSet.Pair;
        var arabic = tokens[first].IsArabic;
        if (!arabic || first == last && tokens[first].Norm.EndsWith('ا'))
        {
            for (var k = first - 1; k >= 0 && k >= first - 4 && Same(tokens, k, first); k--)
            {
                if ((cues[k] & both) != 0)
                {
                    return true;
                }
            }
        }
        return arabic && last + 1 < tokens.Count && Same(tokens, first, last + 1) && (cues[last + 1] & both) != 0;
    }

    /// <summary>The joint subject looked for <paramref name="after"/> the verb or before it.</summary>
    private bool JointSubject(IReadOnlyList<Token> tokens, List<ActorMention> mentions, bool[] occupied, CueSet[] cues, int first, int last, bool after)
    {
        // The subject's names and titles stand next to one another ("Russian Foreign Minister Sergey Lavrov and North
        // Korean Foreign Minister Choe Son Hui"); title words may stand between them and the verb ("agriculture ministers").
        var at = after ? mentions.FindIndex(m => m.First > last && m.First - last <= 4 && Same(tokens, last, m.First))
            : mentions.FindLastIndex(m => m.Last < first && first - m.Last <= 3 && Same(tokens, m.Last, first));
        if (at < 0)
        {
            return false;
        }
        var step = after ? 1 : -1;
        for (var i = at; i + step >= 0 && i + step < mentions.Count; i += step)
        {
            var (one, other) = after ? (mentions[i], mentions[i + 1]) : (mentions[i - 1], mentions[i]);
            // "Lavrov and his North Korean counterpart Choe": the possessive opens the second party's title.
            var and = tokens[other.First].IsArabic ? other.First == one.Last + 1 && tokens[other.First].Norm[0] == 'و'
                : tokens[one.Last + 1].Norm == "and" && (other.First == one.Last + 2 || tokens[one.Last + 2].Norm is "his" or "her" or "their" && TitleWords(tokens, occupied, cues, one.Last + 3, other.First));
            if (!and && other.First != one.Last + 1 && (tokens[other.First].IsArabic || !TitleWords(tokens, occupied, cues, one.Last + 1, other.First)))
            {
                return false; // The names stop being one subject.
            }
            if (and && Party(one.Actor) is { } a && Party(other.Actor) is { } b && a != b)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Nothing but title words from <paramref name="from"/> up to <paramref name="to"/>, four at most: names and titles the
    /// gazetteer knows ("North Korean"), title nouns and fillers, and "counterpart".
    /// </summary>
    private bool TitleWords(IReadOnlyList<Token> tokens, bool[] occupied, CueSet[] cues, int from, int to)
    {
        if (to - from > 4)
        {
            return false;
        }
        for (var k = from; k < to; k++)
        {
            if (!occupied[k] && (cues[k] & CueSet.Counterpart) == 0 && !_data.PersonTitles.Contains(tokens[k].Norm) && !_data.TitleFillers.Contains(tokens[k].Norm))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The state a person, office or state stands for, or null for anything else.</summary>
    private static string? Party(Actor actor) => actor.Kind is ActorKinds.Person or ActorKinds.State or ActorKinds.Office ? Pair.CountryOf(actor) : null;

    /// <summary>True when no clause boundary stands between the two words.</summary>
    private static bool Same(IReadOnlyList<Token> tokens, int from, int to) => tokens[from].Clause == tokens[to].Clause;

    /// <summary>
    /// A place or state (or "the capital") within ten words after a verb of arriving: it has a destination. The names of
    /// the traveller and of the bodies in the traveller's titles do not count toward the ten («وصل نائب رئيس مجلس الأمن
    /// الروسي ورئيس حزب روسيا الموحدة، دميتري مدفيديف، إلى بيونغ يانغ»).
    /// </summary>
    /// <summary>"agreements", "deal", "accords": a noun an agreement trigger names (a travel verb after it describes it).</summary>
    private bool NamesAnAgreement(Token word) =>
        _data.IsTriggerForm(word, word.Norm, EventTypes.Agreement, "noun")
        || word.Norm.EndsWith('s') && _data.IsTriggerForm(word, word.Norm[..^1], EventTypes.Agreement, "noun");

    /// <summary>A person named, or "him", "her", "them", right after the verb: whom it takes or gives something to.</summary>
    private static bool PersonNext(IReadOnlyList<Token> tokens, List<ActorMention> mentions, int last) =>
        last + 1 < tokens.Count && (tokens[last + 1].Norm is "him" or "her" or "them"
            || mentions.Exists(m => m.First == last + 1 && m.Actor.Kind is ActorKinds.Person or ActorKinds.Office));

    /// <summary>«تقدم كيم بالشكر», «قدم بطلب»: «قدم» with «بـ» before what it offers puts forward words, not goods.</summary>
    private static bool PutForward(IReadOnlyList<Token> tokens, int i, int last)
    {
        if (!tokens[i].IsArabic || StripConjunction(tokens[i].Norm) is not ("قدم" or "قدمت" or "يقدم" or "تقدم"))
        {
            return false;
        }
        for (var k = last + 1; k < tokens.Count && k <= last + 3 && tokens[k].Clause == tokens[i].Clause; k++)
        {
            if (tokens[k].Norm.StartsWith("بال", StringComparison.Ordinal) || tokens[k].Norm.StartsWith("بط", StringComparison.Ordinal))
            {
                return true; // «بالشكر», «بالتهنئة», «بطلب»: a name may stand between («تقدم كيم بدوره بالشكر»).
            }
        }
        return false;
    }

    /// <summary>"delegation" or "delegations": a group that stands for the person who leads it.</summary>
    private static bool Delegation(string word) => word is "delegation" or "delegations";

    /// <summary>A delegation («وفد», "delegation") among the next few words of the clause: what the verb sends.</summary>
    private static bool DelegationSent(IReadOnlyList<Token> tokens, int last)
    {
        for (var k = last + 1; k < tokens.Count && k <= last + 4 && tokens[k].Clause == tokens[last].Clause; k++)
        {
            if (tokens[k].Norm.StartsWith("وفد", StringComparison.Ordinal) || Delegation(tokens[k].Norm))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasDestination(IReadOnlyList<Token> tokens, List<ActorMention> mentions, int after, PhraseMatcher<bool> capital)
    {
        var place = after + 3 < tokens.Count && tokens[after + 2].Norm == "the" ? after + 3 : after + 2; // "arrived in the DPRK".
        if (after + 2 < tokens.Count && tokens[after + 1].Norm == "in" && !capital.HasMatchAt(tokens, after + 2)
            && !mentions.Exists(x => (x.First == after + 2 || x.First == place) && x.Actor.Kind is ActorKinds.Place or ActorKinds.State))
        {
            return false; // "the level reached in ties between Moscow and Pyongyang": "in" names no place, so no journey.
        }
        var seen = 0;
        for (var k = after + 1; k < tokens.Count && seen < 10; k++)
        {
            if (tokens[k].Aside)
            {
                continue;
            }
            seen++;
            if (capital.HasMatchAt(tokens, k))
            {
                return true; // "arrived in the capital".
            }
            var m = mentions.FirstOrDefault(x => x.First == k);
            if (m is not null && m.Actor.Kind is ActorKinds.Place or ActorKinds.State)
            {
                return true;
            }
            if (m is not null && m.Actor.Kind is ActorKinds.Person or ActorKinds.Organisation or ActorKinds.Office)
            {
                seen--;
                k = m.Last;
            }
        }
        return false;
    }

    /// <summary>
    /// Someone is received: "was received by Kim", or a party, a delegation or a pronoun within six words after the verb in
    /// its clause ("received Shoigu", "received the visiting Russian delegation", "received him").
    /// </summary>
    private static bool ReceivesSomeone(IReadOnlyList<Token> tokens, List<ActorMention> mentions, int last)
    {
        if (last + 1 < tokens.Count && tokens[last + 1].Norm == "by")
        {
            return true;
        }
        for (var k = last + 1; k < tokens.Count && k <= last + 6 && tokens[k].Clause == tokens[last].Clause; k++)
        {
            if (mentions.Exists(m => m.First == k) || tokens[k].Norm is "him" or "her" or "them" or "delegation" or "delegations" or "visitor" or "visitors"
                or "guest" or "guests" or "envoy" or "envoys" or "ambassador" or "minister" or "counterpart")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Someone welcomed in person: a person, an office or a delegation is the verb's object ("welcomed Putin", "warmly
    /// welcomed the Russian defence minister", "welcomed the head of the delegation"), not a party's deed ("welcomed Kim's
    /// efforts", "welcomed Russia's decision") nor a thing ("welcomed the treaty").
    /// </summary>
    private bool WelcomesSomeone(IReadOnlyList<Token> tokens, List<ActorMention> mentions, int last)
    {
        var k = last + 1;
        while (k < tokens.Count && tokens[k].Norm is "the" or "warmly" or "visiting" or "personally")
        {
            k++;
        }
        if (k >= tokens.Count || tokens[k].Clause != tokens[last].Clause)
        {
            return false;
        }
        if (_data.PersonTitles.Contains(tokens[k].Norm) || Delegation(tokens[k].Norm) || tokens[k].Norm is "guest" or "guests" or "counterpart")
        {
            return true;
        }
        var m = mentions.Find(x => x.First == k);
        if (m is null || m.Last + 1 < tokens.Count && tokens[m.Last + 1].Norm == "s")
        {
            return false; // Nobody named, or a possessive: "welcomed Russia's support".
        }
        if (m.Actor.Kind is ActorKinds.Person or ActorKinds.Office)
        {
            return true;
        }
        // "welcomed the Russian delegation", "welcomed North Korean Foreign Minister Choe": a state placing a person.
        return m.Last + 1 < tokens.Count && (_data.PersonTitles.Contains(tokens[m.Last + 1].Norm) || Delegation(tokens[m.Last + 1].Norm));
    }

    /// <summary>
    /// What is said opens right after the verb, past the speaker's name: the clause ends there (the colon before a quote,
    /// "He went on: …", «وتابع لافروف: …») or a complementizer follows («وتابعت زاخاروفا أن …»).
    /// </summary>
    private bool SpeechOpensAfter(IReadOnlyList<Token> tokens, bool[] names, int last)
    {
        var k = last + 1;
        while (k < tokens.Count && names[k] && tokens[k].Clause == tokens[last].Clause)
        {
            k++;
        }
        return k < tokens.Count && (tokens[k].Clause != tokens[last].Clause || _data.Complementizers.Contains(tokens[k].Norm));
    }

    /// <summary>
    /// A headline's announcement: "Lavrov to visit Pyongyang next week", "Russian minister to hold talks in Pyongyang",
    /// "Kim set to meet Putin". Nothing but the subject's names and titles (and "set", "due", "poised" or
    /// "slated") stands before "to" and the English trigger, so the infinitive is the headline's future, not a purpose.
    /// </summary>
    private bool HeadlineInfinitive(IReadOnlyList<Token> tokens, bool[] names, int first)
    {
        if (first < 2 || tokens[first].IsArabic || tokens[first - 1].Norm != "to")
        {
            return false;
        }
        var subjectEnd = tokens[first - 2].Norm is "set" or "due" or "poised" or "slated" ? first - 3 : first - 2;
        if (subjectEnd < 0 || !(names[subjectEnd] || _data.PersonTitles.Contains(tokens[subjectEnd].Norm) || Delegation(tokens[subjectEnd].Norm)))
        {
            return false;
        }
        for (var k = 0; k < subjectEnd; k++)
        {
            if (!names[k] && !_data.PersonTitles.Contains(tokens[k].Norm) && !_data.TitleFillers.Contains(tokens[k].Norm) && tokens[k].Norm != "and" && !Delegation(tokens[k].Norm))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A month, a weekday or a number before <paramref name="at"/> in its clause: "said in May that the sides had agreed to
    /// meet" dates the agreeing, so the clause's dates are not the future the agreed meeting's would be.
    /// </summary>
    private bool DateWordBefore(IReadOnlyList<Token> tokens, int at)
    {
        for (var k = at - 1; k >= 0 && tokens[k].Clause == tokens[at].Clause; k--)
        {
            var word = tokens[k].Norm;
            if (_data.Calendar.Months.HasMatchAt(tokens, k) || _data.Calendar.Weekdays.ContainsKey(word) || char.IsAsciiDigit(word[0]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A place or state named right after the phrase, past "the": "has been in Pyongyang", "is in the DPRK".</summary>
    private static bool PlaceRightAfter(IReadOnlyList<Token> tokens, List<ActorMention> mentions, int last)
    {
        var at = last + 2 < tokens.Count && tokens[last + 1].Norm == "the" ? last + 2 : last + 1;
        return mentions.Exists(m => (m.First == at || m.First == last + 1) && m.Actor.Kind is ActorKinds.Place or ActorKinds.State);
    }

    /// <summary>
    /// "The delegation arrived on Tuesday", "arrived Tuesday": an English verb of arriving followed by its day tells a
    /// journey even with the destination left to the sentence before (Arabic «وصل» also means "reached" a level).
    /// </summary>
    private bool ArrivedOnADay(IReadOnlyList<Token> tokens, int last)
    {
        var k = last + 1;
        if (k >= tokens.Count || tokens[k].IsArabic || tokens[k].Clause != tokens[last].Clause)
        {
            return false;
        }
        if (tokens[k].Norm == "on" && k + 1 < tokens.Count)
        {
            k++;
        }
        return _data.Calendar.Weekdays.ContainsKey(tokens[k].Norm) || tokens[k].Norm is "yesterday" or "today" or "tonight";
    }

    /// <summary>"arrived in the capital": a capital named within four words after the trigger.</summary>
    public bool CapitalAfter(IReadOnlyList<Token> t, TriggerHit hit)
    {
        for (var k = hit.Last + 1; k < Math.Min(t.Count, hit.Last + 5); k++)
        {
            if (_data.Capital.HasMatchAt(t, k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The words of every trigger in the sentence.</summary>
    public static bool[] TriggerWords(int count, List<TriggerHit> hits)
    {
        var words = new bool[count];
        foreach (var h in hits)
        {
            Array.Fill(words, true, h.First, h.Last - h.First + 1);
        }
        return words;
    }

    /// <summary>A word that opens a clause of its own: a conjunction, a complementizer, a relative pronoun.</summary>
    public bool OpensClause(string word) =>
        word is "and" || _data.ClauseOpeners.Contains(word) || _data.Complementizers.Contains(word) || _data.RelativePronouns.Contains(word);
}
