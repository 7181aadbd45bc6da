using Timeline.Contracts;
using Timeline.Extraction.Extraction.Actors;
using Timeline.Extraction.Extraction.Arguments;
using Timeline.Extraction.Extraction.Dates;
using Timeline.Extraction.Extraction.Discourse;
using Timeline.Extraction.Extraction.Predicates;
using Timeline.Extraction.Extraction.Text;
using Timeline.Extraction.Extraction.Time;
using Timeline.Lexicon;
using static Timeline.Extraction.Extraction.Text.TokenSpan;
using static Timeline.Extraction.Extraction.Text.WordForms;

namespace Timeline.Extraction.Extraction.Events;

/// <summary>
/// Builds one candidate per trigger from the stages (what the trigger is told as, its date, its participants) and, once
/// the article is read, the <see cref="ExtractedEvent"/> each kept candidate becomes.
/// </summary>
internal sealed class EventAssembler
{
    private readonly Gazetteer _gazetteer;
    private readonly ExtractionData _data;
    private readonly NounTriggers _nouns;
    private readonly ParticipantBinder _participants;
    private readonly EventDater _dater;

    /// <summary>Assembles events over <paramref name="gazetteer"/> and <paramref name="data"/> with the stages it combines.</summary>
    public EventAssembler(Gazetteer gazetteer, ExtractionData data, ParticipantBinder participants, EventDater dater)
    {
        _gazetteer = gazetteer;
        _data = data;
        _nouns = new NounTriggers(data);
        _participants = participants;
        _dater = dater;
    }

    /// <summary>
    /// The candidate a trigger makes, or null when it tells no event of its own: a noun needs a light verb, a date or a
    /// mark of time; framed, hearsay, an outlet's wording, an undated plan, history or a description are dropped.
    /// </summary>
    public Candidate? BuildCandidate(Sentence sentence, CueSet[] cues, TriggerHit hit, List<TriggerHit> hits, List<ActorMention> mentions, List<DateMention> dates, DateOnly? published, DocumentState doc, Participant? previousAgent, IReadOnlyList<string>? previousCountries)
    {
        var t = sentence.Tokens;
        var i = hit.First;
        var strong = hit.Entry.Kind != "noun";
        var present = hit.Entry.Kind == "verb" && IsImperfect(t[i].Norm);
        var purpose = false;
        var lightAt = -1;
        var intended = false;
        var occasion = false;
        if (!strong && _nouns.Framing(t, hit))
        {
            return null; // "وتأتي الزيارة في ظل": the article's own event, told elsewhere.
        }
        if (!strong && hit.Entry.Type == EventTypes.Visit && i > 0 && t[i - 1].Norm is "مدعو" or "مدعوه" or "مدعوا" or "مدعوان" or "مدعوون")
        {
            return null; // «كيم مدعو لزيارة روسيا»: the visit someone is invited to pay, not one paid.
        }
        if (!strong && NounTriggers.NamesAnAgreement(t, hits, hit))
        {
            return null; // "signed the defence cooperation pact": what the pact is about.
        }
        if (!strong && NounTriggers.InvitedTo(t, hits, hit))
        {
            return null; // "invited Putin on Wednesday to visit Pyongyang": the invitation tells it.
        }
        if (!strong && NounTriggers.VerbOfClauseTells(t, hits, hit))
        {
            return null; // "the treaty that Kim and Putin signed", "arrived … for a three-day visit": the verb tells it.
        }
        // "في أول زيارة له منذ 24 عاما", "his second trip since": the noun describes the event the sentence's verb tells.
        var described = !strong && i > 0 && _data.Ordinals.Contains(t[i - 1].Norm);
        if (!strong && i > 0 && _data.Occasions.Contains(t[i - 1].Norm))
        {
            return null; // «حفل لاستقبال الجنود»: the reception names the ceremony, told by its own verb.
        }
        if (!strong)
        {
            // "أجرى على مدى يومين جولتين من المحادثات", "held a first round of talks": the light verb may stand a few words back in the clause.
            var words = 0;
            for (var k = i - 1; k >= 0 && words < 6 && (t[k].Clause == t[i].Clause || SubjectSetOff(t, sentence.Covered, k, i)) && !strong; k--)
            {
                words += sentence.Covered[k] ? 0 : 1;
                // «وجه دعوة لبوتين لزيارة»: the light verb carries the invitation; the visit is only what it invites to.
                // "on a visit to Pyongyang" tells a trip under way; "relations based on this treaty" tells no signing.
                if ((cues[k] & CueSet.LightBefore) != 0 && (k >= i - 3 || t[k].Norm.Length > 2 && !NounTriggers.TriggerBetween(hits, k, i))
                    && !NounTriggers.InvitationBetween(hits, k, i) && (t[k].Norm != "on" || hit.Entry.Type == EventTypes.Visit))
                {
                    strong = true;
                    lightAt = k;
                    purpose = t[k].Norm.StartsWith('ل') || (k > 0 && t[k - 1].Norm == "to");
                }
            }
            if (!strong && !t[i].IsArabic && i > 0 && (t[i - 1].Norm is "will" or "shall" || hit.Future) && hit.Entry.Type is EventTypes.Visit or EventTypes.Meeting)
            {
                // "Kim will visit Russia", the headline's "Lavrov to visit North Korea": the English noun form is the verb.
                strong = intended = true;
            }
            // Five words back, not counting the names and titles between: «تعتزم وزيرة الخارجية تشوي سون هوي زيارة روسيا».
            var intentWords = 0;
            for (var k = i - 1; k >= 0 && intentWords < 5 && !strong && t[k].Clause == t[i].Clause; k--)
            {
                intentWords += sentence.Covered[k] ? 0 : 1;
                if ((cues[k] & CueSet.Intent) != 0 && hit.Entry.Type is EventTypes.Visit or EventTypes.Meeting)
                {
                    strong = intended = true; // "أبدى عزمه زيارة كوريا الشمالية", "preparing the ground for a visit by Putin".
                }
            }
            if (!strong && hit.Entry.Type == EventTypes.Statement && GiverNamed(t, hit, mentions))
            {
                strong = true; // "a pledge by Kim to push ties with Moscow", "Kim's vow to stand with Russia": a word given, by whom.
            }
            // Three words on, not counting the names between and what joins them: "talks between Choe Son Hui and Sergey
            // Lavrov were held".
            for (var (k, wordsOn) = (hit.Last + 1, 0); k < t.Count && !strong; k++)
            {
                wordsOn += sentence.Covered[k] || t[k].Aside || t[k].Norm is "between" or "and" or "بين" ? 0 : 1;
                if (wordsOn > 3)
                {
                    break;
                }
                if ((cues[k] & CueSet.LightAfter) != 0 && (k <= hit.Last + 3 || !NounTriggers.TriggerBetween(hits, hit.Last, k)))
                {
                    strong = true;
                    present = IsImperfect(t[k].Norm);
                }
            }
            // "during the talks", "during his meeting with", «أثناء لقائه».
            // "during his talks", "after a week-long visit to": the presupposing word stands before the noun's determiner.
            var presupposer = i - 1;
            for (var k = i - 1; !t[i].IsArabic && k > 0 && k >= i - 3; k--)
            {
                if (t[k].Norm is "his" or "her" or "their" or "its" or "a" or "an" or "the")
                {
                    presupposer = k - 1;
                    break;
                }
            }
            // A visit named after "after" has taken place: "returned home after a week-long visit to Russia", «عقب زيارة».
            if (!strong && !described && presupposer >= 0 && (cues[presupposer] & CueSet.Presupposing) != 0
                && (hit.Entry.Presupposed || hit.Entry.Type == EventTypes.Visit && t[presupposer].Norm is "after" or "following" or "بعد" or "عقب" or "اثر"))
            {
                strong = true;
            }
            if (!strong && !described && NounTriggers.AtMeetingWith(t, hit))
            {
                strong = true; // «في اجتماع مع فولودين، طلب كيم»: "at a meeting with" tells it was held, as «خلال» does.
            }
            occasion = presupposer >= 0 && (cues[presupposer] & CueSet.Presupposing) != 0;
            if (!strong && !described && (i > 0 && _data.Recency.Contains(t[i - 1].Norm) || hit.Last + 1 < t.Count && _data.Recency.Contains(t[hit.Last + 1].Norm)))
            {
                strong = true; // "on a recent trip to Russia": the text tells that it happened.
            }
            if (!strong && !described && hit.Entry.Subtype == "troop_deployment" && SentByNorthKorea(t, hit, mentions))
            {
                strong = true; // "انخراط الجنود الكوريين الشماليين في القتال", "Pyongyang's deployment of troops": told as known.
            }
            if (!strong && !described)
            {
                // A reference to an event counts when the text dates it ("لقاء عُقد في منتصف سبتمبر").
                strong = dates.Any(d => t[d.FirstToken].Clause == t[i].Clause
                    && (d.FirstToken > hit.Last ? Words(t, sentence.Covered, hit.Last, d.FirstToken) : Words(t, sentence.Covered, d.LastToken, hit.First)) <= 5);
            }
        }
        if (!strong || Anniversaries.Recalled(t, lightAt >= 0 ? lightAt : i, _data.Anniversary, _data.AnniversarySpans, _data.AnniversarySince))
        {
            return null; // Or history, not news: "marking 75 years since the two nations concluded their agreement".
        }

        var entry = hit.Entry;
        // "قوله لوزيرة الخارجية تشوي", "told his counterpart": speaking to someone of the other side is a meeting.
        var spokenTo = entry.Kind == "report" && _participants.Addressee(t, cues, hit, mentions, published) is not null;
        if (spokenTo && _data.MessageWords.AnyIn(t, hit.Last + 1, Math.Min(t.Count - 1, hit.Last + 5)))
        {
            // "Putin told Kim in a letter", «قال بوتين لكيم في رسالة»: written to, not talked with; the writer's message.
            spokenTo = false;
            entry = new TriggerEntry(EventTypes.Statement, "message", "verb", null, false, false);
        }
        else if (spokenTo)
        {
            entry = new TriggerEntry(EventTypes.Meeting, "talks", "verb", null, false, false);
        }
        else if (entry.Type == EventTypes.Meeting && entry.Kind == "verb" && Sender.ReceivesMessage(t, hit, _data.MessageWords))
        {
            // "Kim received a congratulatory message from Putin", «تلقى كيم رسالة من بوتين»: the sender's statement.
            entry = new TriggerEntry(EventTypes.Statement, "message", "verb", null, false, false);
        }
        if (entry.Type == EventTypes.Visit && t[i].Norm == "visiting" && (i > 0 && t[i - 1].Norm is "the" or "a" or "an" or "his" or "her" or "its" or "their" or "with" or "by" or "for"
            || i + 1 < t.Count && sentence.Covered[i + 1]))
        {
            return null; // "the visiting minister", "with visiting Russian Security Council secretary Shoigu": the guest, described.
        }
        if (AdjectivalParticiple(t, hit))
        {
            return null; // "takes the recently signed treaty seriously": the treaty described, not its signing told.
        }
        if (entry.Type == EventTypes.Accusation && i > 0 && _data.RelativePronouns.Contains(t[i - 1].Norm) && i + 1 < t.Count && t[i + 1].Norm is "ان" or "انه" or "انها")
        {
            return null; // «الأسلحة التي يُزعم أن روسيا اشترتها»: "allegedly" describes the arms; nobody in the sentence accuses.
        }
        var c = new Candidate
        {
            Type = entry.Type,
            Subtype = entry.Subtype,
            Trigger = entry,
            Sentence = sentence,
            TriggerToken = i,
            Purpose = purpose || hit.Entry.Kind == "noun" && i > 0 && t[i - 1].Norm == "for", // "arrived … for talks with".
            FromNoun = hit.Entry.Kind == "noun",
            Occasion = occasion,
            SpokenTo = spokenTo,
            Earlier = hit.Entry.Kind == "noun" && NamesAnEarlierOne(t, hit),
            Head = lightAt >= 0 ? lightAt : i,
        };
        c.Modality = entry.Kind == "report" ? Modalities.Occurred : ModalityReader.ReadModality(t, cues, hit);
        if (c.Modality == Modalities.Occurred && entry.Type == EventTypes.Visit && t[i].IsArabic && WordForms.IsParticiple(t[i].Norm) && UnfulfilledBefore(t, cues, i))
        {
            // «من المرجح أن يستقل كيم قطارا … متجها إلى فلاديفوستوك»: the heading goes with the verb it describes.
            c.Modality = Modalities.Planned;
        }
        if (c.Modality == Modalities.Occurred && (intended || lightAt >= 0 && FutureVerb(t, lightAt)))
        {
            c.Modality = Modalities.Planned; // "سيقوم زعيم كوريا الشمالية كيم جونغ أون بزيارة": the light verb or the intent tells the time.
        }
        if (c.Modality == Modalities.Occurred && entry.Type is not (EventTypes.Statement or EventTypes.Accusation) && ModalityReader.Hearsay(t, cues, hit))
        {
            return null; // "amid reports that … have been deployed": what unnamed reports say is not told as fact.
        }
        if (c.Type == EventTypes.Statement && entry.Kind != "report" && ModalityReader.SpeakingOutlet(t, hit, mentions) is { Official: false })
        {
            // «ووصفت وكالة رويترز الزيارة بأنها»: an outlet's wording, not a party's statement; North Korea's official
            // agency describing the visit speaks for its government.
            return null;
        }
        if (c.Modality == Modalities.Planned && c.FromNoun && !dates.Any(d => d.Future) && (lightAt < 0 && !intended || described))
        {
            // "ستكون أول زيارة يقوم بها": an undated plan named by a noun is an intention, not a timeline entry; one told
            // by its light verb ("سيقوم كيم بزيارة رسمية إلى روسيا", "will pay a visit") is announced.
            return null;
        }
        _dater.AssignDate(c, hit, hits, dates, published, doc);
        if (c.Type == EventTypes.Visit && c.Modality == Modalities.Planned && EndOfStay(t, hit, dates))
        {
            return null; // "Lavrov's trip will last until Sunday", "is to stay until July 13": the end of the visit under way.
        }
        if (c.Modality == Modalities.Occurred && c.Date is { } told && published is { } day && told.Start > day)
        {
            // "agreed on a plan for exchanges in 2024-2026": what has happened cannot be dated after the report; the
            // date belongs to something else in the clause.
            c.Date = null;
            c.Derivation = DateDerivations.None;
            c.Conflict = null;
        }
        if (c.Type == EventTypes.MilitaryCooperation && c.Date is { Precision: not (DatePrecisions.Day or DatePrecisions.Month) } && c.Derivation == DateDerivations.Relative && published is { } pub)
        {
            // "Last year, … Pyongyang sent thousands of soldiers": troops or arms told only by a year gone by are the
            // background of the report, placed in its month, not a year-long event that every later mention would join.
            c.Date = EventDates.Month(pub.Year, pub.Month);
            c.Derivation = DateDerivations.PublicationDate;
        }
        if (c.Date is null && present && c.Modality == Modalities.Occurred && c.Type is EventTypes.Meeting or EventTypes.Visit or EventTypes.Agreement or EventTypes.Invitation && published is not null)
        {
            c.Present = true;
        }
        if (c.Date is null && entry.Kind == "report" && i > 0 && t[i - 1].Norm is "has" or "have" && published is not null)
        {
            c.Present = true; // "…, Rudenko has said": said in the news of the day.
        }
        if (c.Type == EventTypes.MilitaryCooperation && c.Date is null && i > 0 && _data.RelativePronouns.Contains(t[i - 1].Norm))
        {
            return null; // "the soldiers who fought alongside Russian troops": a description of the soldiers, not news of its own.
        }
        if (c.Type == EventTypes.Agreement && c.Date is null && RelativePronounBefore(t, i, 3))
        {
            return null; // "الاتفاقيات التي تم التوصل إليها", "the deals that were struck": agreements told of, not news.
        }
        if (c.Type == EventTypes.Accusation && c.Date is null && RelativePronounBefore(t, i, 4))
        {
            return null; // «كوريا الشمالية التي سبق واتهمتها واشنطن», "Pyongyang, which Washington accuses of": the accused described.
        }
        _participants.AddParticipants(c, sentence, cues, hit, hits, mentions, published, doc, previousAgent, previousCountries);
        if (c.Type == EventTypes.Visit && c.Agent is { } traveller && traveller.Country is { } home
            && (c.Subtype is "arrival" or "stay" && c.LocationCountry == home
                || _gazetteer.ById(traveller.ActorId)?.Kind == ActorKinds.Person && (c.LocationCountry == home || c.LocationCountry is null && c.Participants.Exists(p => p.Role == ParticipantRoles.Counterpart && p.ActorId == home))
                   && !c.Participants.Exists(p => p.Country is { } other && other != home)))
        {
            // "Lavrov left Pyongyang for Moscow", «متوجها إلى موسكو»: a traveller going home pays no visit; "he visited the
            // DPRK", read as Kim's, is no visit abroad (Putin and Kim touring the cosmodrome together is Kim's visit).
            return null;
        }
        if (c.Subtype == "stay" && (c.Agent is not { } guest || _gazetteer.ById(guest.ActorId)?.Kind != ActorKinds.Person || c.LocationCountry is null))
        {
            return null; // "North Korean troops are in Russia": only a named person's stay abroad is a visit.
        }
        if (c.Subtype == "tour" && (c.Agent is not { } guide || _gazetteer.ById(guide.ActorId)?.Kind != ActorKinds.Person))
        {
            return null; // "Customs figures showed that …": only a person shows someone around.
        }
        return c;
    }

    /// <summary>
    /// "his previous visit", "Shoigu's last trip", «زيارته السابقة», «زيارتها الماضية»: a noun qualified as an earlier one.
    /// Not "first" (the current visit may be the first in years) nor "latest" (the current one).
    /// </summary>
    private static bool NamesAnEarlierOne(IReadOnlyList<Token> t, TriggerHit hit) =>
        hit.First > 0 && t[hit.First - 1].Norm is "previous" or "earlier" or "prior" or "last"
        || hit.Last + 1 < t.Count && t[hit.Last + 1].Norm is "السابقه" or "الماضيه" or "السابق" or "الماضي";

    /// <summary>A wish, plan or «أن» before an imperfect verb earlier in the sentence: what follows has not happened yet.</summary>
    private static bool UnfulfilledBefore(IReadOnlyList<Token> t, CueSet[] cues, int i)
    {
        for (var k = 0; k < i; k++)
        {
            if ((cues[k] & (CueSet.Hypothetical | CueSet.Planned)) != 0 || t[k].Norm == "ان" && k + 1 < i && IsImperfect(t[k + 1].Norm))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>An Arabic verb in the future ("سيقوم", "ستجري") or an English one after "will" ("will pay").</summary>
    private static bool FutureVerb(IReadOnlyList<Token> t, int k) =>
        t[k].IsArabic
            ? t[k].Norm.Length > 3 && t[k].Norm[0] == 'س' && IsImperfect(t[k].Norm[1..])
            : k > 0 && t[k - 1].Norm is "will" or "shall";

    /// <summary>
    /// An English participle between a determiner (or "recently", "newly") and its noun, an adjective at most between:
    /// "the recently signed mutual treaty", "a newly concluded deal". It describes the noun.
    /// </summary>
    private static bool AdjectivalParticiple(IReadOnlyList<Token> t, TriggerHit hit) =>
        hit.Entry.Kind == "verb" && hit.Entry.With is { } with && !t[hit.First].IsArabic && hit.First == hit.Last && hit.First > 0
        && WordForms.IsPastParticiple(t[hit.First].Norm) && (with.HasMatchAt(t, hit.Last + 1) || hit.Last + 2 < t.Count && with.HasMatchAt(t, hit.Last + 2))
        && t[hit.First - 1].Norm is "the" or "a" or "an" or "this" or "that" or "recently" or "newly" or "jointly" or "previously" or "already";

    /// <summary>A date of the trigger's clause told as an end: after "until", "till" or «حتى».</summary>
    private static bool EndOfStay(IReadOnlyList<Token> t, TriggerHit hit, List<DateMention> dates) =>
        dates.Exists(d => t[d.FirstToken].Clause == t[hit.First].Clause && EventDater.TellsAnEnd(t, d));

    /// <summary>A relative pronoun among the <paramref name="reach"/> words before the trigger ("the deals that were struck").</summary>
    private bool RelativePronounBefore(IReadOnlyList<Token> t, int i, int reach)
    {
        for (var k = Math.Max(0, i - reach); k < i; k++)
        {
            if (_data.RelativePronouns.Contains(t[k].Norm))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A deployment noun whose troops are named North Korea's, right before it ("Pyongyang's deployment") or within four
    /// words after it in its clause ("the dispatch of North Korean soldiers", «انخراط الجنود الكوريين الشماليين»).
    /// </summary>
    private static bool SentByNorthKorea(IReadOnlyList<Token> t, TriggerHit hit, List<ActorMention> mentions)
    {
        foreach (var m in mentions)
        {
            if (Pair.CountryOf(m.Actor) != Pair.NorthKorea)
            {
                continue;
            }
            var before = m.Last < hit.First && hit.First - m.Last <= 2 && t[m.Last].Clause == t[hit.First].Clause && !t[m.Last].IsArabic;
            if (before || NounTriggers.NorthKoreanTroopsAt(t, hit, m.First, m.Actor))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The event mention a candidate becomes, with its id, summary, evidence and confidence.</summary>
    public ExtractedEvent Finish(string articleId, Candidate c)
    {
        var s = c.Sentence;
        var confidence = c.Trigger.Kind switch { "verb" => 0.75, "noun" => 0.65, _ => 0.55 };
        confidence += c.Derivation switch
        {
            DateDerivations.Explicit => 0.15,
            DateDerivations.Relative => 0.1,
            DateDerivations.PublicationDate => -0.05,
            _ => -0.15,
        };
        if (c.Conflict is not null)
        {
            confidence -= 0.25;
        }
        if (c.Persons(_gazetteer).Count > 0)
        {
            confidence += 0.05;
        }
        return new ExtractedEvent
        {
            MentionId = MentionIds.For(articleId, s.Start, s.End, c.Type, c.Subtype),
            Type = c.Type,
            Subtype = c.Subtype,
            Modality = c.Modality,
            Date = c.Date,
            DateDerivation = c.Date is null ? DateDerivations.None : c.Derivation,
            DateConflict = c.Conflict,
            Participants = [.. c.Participants],
            Countries = [.. c.Countries],
            Location = c.Location,
            Summary = SummaryWriter.Write(c.Type, c.Subtype, c.Modality, c.Participants, c.Countries, c.Location, _gazetteer),
            Evidence = new Evidence(s.Text, s.Start, s.End),
            Confidence = Math.Round(Math.Clamp(confidence, 0.05, 0.99), 2),
        };
    }

    /// <summary>
    /// An English statement noun whose giver is named: "by" and a party right after it ("a pledge by Kim Jong Un to"), or a
    /// party's possessive right before it ("Kim's vow", "Moscow's promise"). An outlet gives no pledge of its own.
    /// </summary>
    private static bool GiverNamed(IReadOnlyList<Token> t, TriggerHit hit, List<ActorMention> mentions)
    {
        if (t[hit.First].IsArabic)
        {
            return false;
        }
        var by = hit.Last + 1 < t.Count && t[hit.Last + 1].Norm == "by" ? hit.Last + 2 : -1;
        var owner = hit.First >= 2 && t[hit.First - 1].Norm == "s" ? hit.First - 2 : -1;
        foreach (var m in mentions)
        {
            if (m.Actor.Kind != ActorKinds.Media && (m.First == by || by >= 0 && m.First == by + 1 && t[by].Norm == "the" || m.Last == owner))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// «يبدأ وزير الدفاع الروسي سيرجي شويجو، زيارة إلى …»: only the subject's name and title, closed by a comma, stand
    /// between <paramref name="k"/> in the clause before and the noun at <paramref name="noun"/>; the verb still governs the noun.
    /// </summary>
    private static bool SubjectSetOff(IReadOnlyList<Token> t, bool[] covered, int k, int noun)
    {
        if (t[k].Clause != t[noun].Clause - 1 || !t[noun].IsArabic)
        {
            return false;
        }
        for (var j = k + 1; j < noun; j++)
        {
            if (t[j].Clause == t[k].Clause && !covered[j])
            {
                return false;
            }
        }
        return ClauseStart(t, noun) == noun;
    }
}
