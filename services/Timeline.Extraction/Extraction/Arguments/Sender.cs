using Timeline.Extraction.Extraction.Predicates;
using Timeline.Extraction.Extraction.Text;
using Timeline.Lexicon;

namespace Timeline.Extraction.Extraction.Arguments;

/// <summary>
/// A message received: "Kim received a congratulatory message from Putin", «تلقى كيم رسالة تهنئة من بوتين». The one
/// who receives is no host of a meeting; the one named after "from" / «من» sent it and speaks.
/// </summary>
internal static class Sender
{
    private static readonly HashSet<string> ReceiveVerbs = new(StringComparer.Ordinal)
    {
        "received", "receives", "receiving", "تلقي", "تلقت", "يتلقي", "تتلقي", "استلم", "استلمت",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReceiveLookup = ReceiveVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A verb of receiving («وتلقى» with its conjunction too) with a message among the eight words after it in its clause, past the receiver's name and a day («تلقى كيم جونغ أون يوم الاثنين برقية»).</summary>
    public static bool ReceivesMessage(IReadOnlyList<Token> t, TriggerHit hit, PhraseMatcher<bool> messageWords)
    {
        if (!ReceiveLookup.Contains(WordForms.StripConjunction(t[hit.First].Norm)))
        {
            return false;
        }
        for (var k = hit.Last + 1; k < t.Count && k <= hit.Last + 8 && t[k].Clause == t[hit.First].Clause; k++)
        {
            if (messageWords.HasMatchAt(t, k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The party named right after "from" / «من» in the trigger's clause: who sent the message.</summary>
    public static Actor? Of(IReadOnlyList<Token> t, TriggerHit hit, List<(int Token, Actor Actor)> people)
    {
        foreach (var p in people)
        {
            if (p.Token > hit.Last + 1 && t[p.Token].Clause == t[hit.First].Clause && FromBefore(t, p.Token))
            {
                return p.Actor;
            }
        }
        return null;
    }

    /// <summary>
    /// "from Putin", "from President Putin", «من بوتين», «من الرئيس الروسي فلاديمير بوتين»: the name stands after "from" /
    /// «من», a title or two between.
    /// </summary>
    public static bool FromBefore(IReadOnlyList<Token> t, int name)
    {
        for (var k = name - 1; k >= 0 && k >= name - 4; k--)
        {
            if (t[k].Norm is "from" or "من")
            {
                return true;
            }
        }
        return false;
    }
}
