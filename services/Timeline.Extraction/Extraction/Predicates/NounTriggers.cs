using Timeline.Contracts;
using Timeline.Extraction.Extraction.Text;
using Timeline.Lexicon;
using static Timeline.Extraction.Extraction.Text.WordForms;

namespace Timeline.Extraction.Extraction.Predicates;

/// <summary>
/// When a noun ("زيارة", "talks") is no event of its own: the article's own event framed ("وتأتي الزيارة"), or an event
/// a verb of its clause already tells; and "during the visit", which places a sentence inside the article's visit.
/// </summary>
internal sealed class NounTriggers
{
    private readonly ExtractionData _data;

    /// <summary>Reads nouns with the framing words of <paramref name="data"/>.</summary>
    public NounTriggers(ExtractionData data) => _data = data;

    /// <summary>"وتأتي الزيارة", "the talks came days after": a noun framed as the article's own event.</summary>
    public bool Framing(IReadOnlyList<Token> t, TriggerHit hit)
    {
        if (hit.First > 0 && _data.FramingLookup.Contains(StripConjunction(t[hit.First - 1].Norm)))
        {
            return true;
        }
        return hit.Last + 1 < t.Count && _data.Framing.Contains(t[hit.Last + 1].Norm);
    }

    /// <summary>A verb of the same type in the noun's clause tells the event: "the treaty that Kim and Putin signed".</summary>
    public static bool VerbOfClauseTells(IReadOnlyList<Token> t, List<TriggerHit> hits, TriggerHit noun)
    {
        foreach (var h in hits)
        {
            if (h.Entry.Kind == "verb" && h.Entry.Type == noun.Entry.Type && t[h.First].Clause == t[noun.First].Clause)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The noun says what an agreement is about: "the defence cooperation pact", «اتفاقية التعاون العسكري» (the English
    /// modifier stands before the agreement noun, the Arabic genitive after it). The agreement is the event.
    /// </summary>
    public static bool NamesAnAgreement(IReadOnlyList<Token> t, List<TriggerHit> hits, TriggerHit noun)
    {
        if (noun.Entry.Type == EventTypes.Agreement)
        {
            return false;
        }
        foreach (var h in hits)
        {
            if (h.Entry.Type == EventTypes.Agreement && h.Entry.Kind == "noun" && (t[noun.First].IsArabic ? h.Last + 1 == noun.First : noun.Last + 1 == h.First))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The visit or talks an invitation verb of the clause asks for ("invited Putin on Wednesday to visit Pyongyang",
    /// «دعا كيم بوتين إلى زيارة بيونغ يانغ»): what is invited to, told by the invitation, not an event of its own.
    /// </summary>
    public static bool InvitedTo(IReadOnlyList<Token> t, List<TriggerHit> hits, TriggerHit noun)
    {
        var k = noun.First;
        var asked = k > 0 && t[k - 1].Norm is "to" or "for" or "الي" || t[k].IsArabic && t[k].Norm.StartsWith('ل');
        if (noun.Entry.Type is not (EventTypes.Visit or EventTypes.Meeting) || !asked)
        {
            return false; // "At the invitation of Kim, Putin paid a state visit": the visit answers it, and is told.
        }
        foreach (var h in hits)
        {
            if (h.Entry.Type == EventTypes.Invitation && h.Entry.Kind == "verb" && h.Last < noun.First && noun.First - h.Last <= 10
                && t[h.Last].Clause == t[noun.First].Clause && !TriggerBetween(hits, h.Last, noun.First))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A North Korean party named within four words after a deployment noun, in its clause: the troops it tells of are
    /// North Korea's ("the dispatch of North Korean soldiers", «مشاركة جنود من الجيش الشعبي الكوري»).
    /// </summary>
    public static bool NorthKoreanTroopsAt(IReadOnlyList<Token> t, TriggerHit noun, int token, Actor actor) =>
        token > noun.Last && token - noun.Last <= 4 && t[token].Clause == t[noun.First].Clause && Pair.CountryOf(actor) == Pair.NorthKorea;

    /// <summary>«في اجتماع مع فولودين»: an Arabic meeting noun after «في» with «مع» right after it, an occasion as after «خلال».</summary>
    public static bool AtMeetingWith(IReadOnlyList<Token> t, TriggerHit hit) =>
        hit.Entry.Type == EventTypes.Meeting && hit.Entry.Kind == "noun" && hit.First > 0 && StripConjunction(t[hit.First - 1].Norm) is "في"
        && hit.Last + 1 < t.Count && t[hit.Last + 1].Norm == "مع";

    /// <summary>Whether an invitation's trigger starts strictly between the two positions: what follows is what it invites to.</summary>
    public static bool InvitationBetween(List<TriggerHit> hits, int from, int to) =>
        hits.Exists(h => h.First > from && h.First < to && h.Entry.Type == EventTypes.Invitation);

    /// <summary>Another trigger stands strictly between the two positions.</summary>
    public static bool TriggerBetween(List<TriggerHit> hits, int from, int to)
    {
        foreach (var h in hits)
        {
            if (h.First > from && h.First < to)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"خلال الزيارة", "during the visit": the article's own visit, named definite after "during".</summary>
    public static bool DuringTheVisit(IReadOnlyList<Token> t, CueSet[] cues, TriggerHit h)
    {
        var k = h.First - 1;
        var definite = t[h.First].IsArabic ? t[h.First].Norm.StartsWith("ال", StringComparison.Ordinal) : k >= 0 && t[k].Norm == "the";
        if (!t[h.First].IsArabic)
        {
            k--;
        }
        return definite && k >= 0 && (cues[k] & CueSet.Presupposing) != 0;
    }

    /// <summary>
    /// "مع بدء قمته مع بوتين", "during his talks with Lavrov": a meeting or visit named again with its other side, so what
    /// the sentence says is told as part of that occasion; a bare "the talks" only refers back to it.
    /// </summary>
    public static bool RestatesOccasion(IReadOnlyList<Token> t, TriggerHit h)
    {
        if (h.Entry.Kind != "noun" || h.Entry.Type is not (EventTypes.Meeting or EventTypes.Visit))
        {
            return false;
        }
        for (var k = h.Last + 1; k < t.Count && k <= h.Last + 3; k++)
        {
            if (t[k].Norm is "with" or "مع" or "معه" or "معها")
            {
                return true;
            }
        }
        return false;
    }
}
