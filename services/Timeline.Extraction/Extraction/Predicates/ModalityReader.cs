using Timeline.Contracts;
using Timeline.Extraction.Extraction.Actors;
using Timeline.Extraction.Extraction.Text;
using Timeline.Lexicon;
using static Timeline.Extraction.Extraction.Text.WordForms;

namespace Timeline.Extraction.Extraction.Predicates;

/// <summary>
/// How a trigger is told: negated, as hearsay, in an outlet's own words, or as a plan, a possibility or a denial
/// rather than as something that happened.
/// </summary>
internal static class ModalityReader
{
    /// <summary>A negation within three words before the trigger, in its clause: «لم يتم التوقيع», "did not meet".</summary>
    public static bool IsNegated(IReadOnlyList<Token> t, CueSet[] cues, TriggerHit hit)
    {
        for (var k = Math.Max(0, hit.First - 3); k < hit.First; k++)
        {
            if (t[k].Clause == t[hit.First].Clause && (cues[k] & CueSet.Negation) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Hearsay before the trigger ("amid reports that", «وسط أنباء عن»): what unnamed reports say. Wire copy writes "has
    /// reportedly arrived" or "have reportedly signed" of what state media announced, so for a visit, a meeting, a
    /// signing or an invitation the adverb alone is not hearsay.
    /// </summary>
    public static bool Hearsay(IReadOnlyList<Token> t, CueSet[] cues, TriggerHit hit)
    {
        var announcedKind = hit.Entry.Type is EventTypes.Visit or EventTypes.Meeting or EventTypes.Agreement or EventTypes.Invitation;
        for (var k = 0; k < hit.First; k++)
        {
            if ((cues[k] & CueSet.Hearsay) != 0 && !(announcedKind && t[k].Norm == "reportedly"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The outlet right after the verb (VSO) or right before it (SVO), which is the one speaking; null when none.</summary>
    public static Actor? SpeakingOutlet(IReadOnlyList<Token> t, TriggerHit hit, List<ActorMention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Actor.Kind == ActorKinds.Media && (m.First > hit.Last && m.First <= hit.Last + 1 || m.Last < hit.First && m.Last >= hit.First - 1))
            {
                return m.Actor;
            }
        }
        return null;
    }

    /// <summary>
    /// "is to meet", "are to hold talks", "was due to hold talks": a form of "be" with "to" right before an English trigger
    /// tells an arrangement, not a deed (the trigger's own base form says nothing of its time).
    /// </summary>
    private static bool ArrangedBefore(IReadOnlyList<Token> t, int i)
    {
        if (i < 2 || t[i].IsArabic || t[i - 1].Norm != "to")
        {
            return false;
        }
        return t[i - 2].Norm is "is" or "are" || t[i - 2].Norm == "due" && i >= 3 && t[i - 3].Norm is "is" or "are" or "was" or "were";
    }

    /// <summary>
    /// "agreed to meet again next spring", «اتفقا على اللقاء الشهر المقبل», «اتفق الجانبان على عقد قمة»: a meeting or
    /// visit agreed on, within eight words after "agreed to/on" or «اتفق… على» in its clause, is one still to come. Returns where the agreeing verb stands.
    /// </summary>
    internal static int? AgreedToBefore(IReadOnlyList<Token> tokens, int first)
    {
        var clause = tokens[first].Clause;
        var preposition = false;
        for (var k = first - 1; k >= 0 && k >= first - 8 && tokens[k].Clause == clause; k--)
        {
            var word = tokens[k].Norm;
            if (word is "to" or "on" or "upon" or "علي" or "على")
            {
                preposition = true;
            }
            else if (preposition && (word.StartsWith("agree", StringComparison.Ordinal) || tokens[k].IsArabic && StripConjunction(word).StartsWith("اتفق", StringComparison.Ordinal)))
            {
                return k;
            }
        }
        return null;
    }

    /// <summary>A negation or "without" («دون») within three words before the word at <paramref name="at"/>, in its clause.</summary>
    private static bool NegatedBefore(IReadOnlyList<Token> t, CueSet[] cues, int at)
    {
        for (var k = Math.Max(0, at - 3); k < at; k++)
        {
            if (t[k].Clause == t[at].Clause && ((cues[k] & CueSet.Negation) != 0 || t[k].Norm is "without" or "دون" or "بدون"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How the text tells the event: denied, hypothetical ("may sign"), planned (future, "plans to", a visit or meeting that "may" happen) or occurred.</summary>
    public static string ReadModality(IReadOnlyList<Token> t, CueSet[] cues, TriggerHit hit)
    {
        var i = hit.First;
        for (var k = 0; k < i; k++)
        {
            if ((cues[k] & CueSet.Denied) != 0)
            {
                // "did not deny that troops were there", «من دون أن ينفي ذلك»: not denied, nor confirmed either.
                return NegatedBefore(t, cues, k) ? Modalities.Hypothetical : Modalities.Denied;
            }
        }
        // A visit or meeting that may happen ("may meet in Beijing", "would receive her") is one being prepared, which a
        // timeline lists as planned; anything else that may happen is no fact.
        var maybe = hit.Entry.Type is EventTypes.Visit or EventTypes.Meeting ? Modalities.Planned : Modalities.Hypothetical;
        // What a remark voices comes after its verb ("expressed hope that", "voiced readiness to", "will"): the hope or the
        // plan is what is said, and the saying itself took place.
        var said = hit.Entry.Type == EventTypes.Statement ? hit.Last : int.MaxValue;
        for (var k = Math.Max(0, i - 4); k <= Math.Min(Math.Min(t.Count - 1, hit.Last + 1), said); k++)
        {
            if (t[k].Aside || t[k].Clause != t[i].Clause && k < i)
            {
                continue;
            }
            if ((cues[k] & CueSet.Hypothetical) != 0)
            {
                return maybe;
            }
            // "قد" before an imperfect verb: "may".
            if (t[k].Norm == "قد" && k + 1 < t.Count && IsImperfect(t[k + 1].Norm))
            {
                return maybe;
            }
        }
        if (hit.Future || ArrangedBefore(t, i) || hit.Entry.Type is EventTypes.Meeting or EventTypes.Visit && AgreedToBefore(t, i) is not null)
        {
            return Modalities.Planned;
        }
        for (var k = Math.Max(0, i - 6); k <= Math.Min(Math.Min(t.Count - 1, hit.Last + 3), said); k++)
        {
            if (!t[k].Aside && (cues[k] & CueSet.Planned) != 0)
            {
                return Modalities.Planned;
            }
        }
        for (var k = hit.Last + 1; k <= Math.Min(t.Count - 1, hit.Last + 2); k++)
        {
            if ((cues[k] & CueSet.FutureAdjacent) != 0)
            {
                return Modalities.Planned;
            }
        }
        return Modalities.Occurred;
    }
}
