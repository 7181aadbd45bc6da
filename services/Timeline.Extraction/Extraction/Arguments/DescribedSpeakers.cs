using Timeline.Extraction.Extraction.Text;

namespace Timeline.Extraction.Extraction.Arguments;

/// <summary>
/// Speakers described rather than named: "South Korean intelligence officials say", "Seoul's spy agency said",
/// "officials in Seoul said", «قال مسؤولون في سيول». The state (or capital) in the description is the one speaking.
/// </summary>
internal static class DescribedSpeakers
{
    /// <summary>
    /// True when every word strictly between <paramref name="from"/> and <paramref name="to"/> that is not a name, a
    /// title or an aside describes a speaker (<paramref name="nouns"/>: "intelligence", "officials", "agency", "'s").
    /// </summary>
    public static bool Between(IReadOnlyList<Token> t, int from, int to, bool[] covered, IReadOnlySet<string> nouns)
    {
        if (to <= from + 1 || t[from].Clause != t[to].Clause)
        {
            return false;
        }
        var described = false;
        for (var k = from + 1; k < to; k++)
        {
            if (covered[k] || t[k].Aside)
            {
                continue;
            }
            if (!nouns.Contains(t[k].Norm))
            {
                return false;
            }
            described = true;
        }
        return described;
    }

    /// <summary>
    /// True when the place at <paramref name="at"/> follows a speaker noun and a locative word ("officials in Seoul",
    /// "specialists from Kyiv", «مسؤولون في سيول»): the speakers are that capital's state.
    /// </summary>
    public static bool PlaceOfSpeakers(IReadOnlyList<Token> t, int at, IReadOnlySet<string> nouns, IReadOnlySet<string> locative) =>
        at >= 2 && t[at - 1].Clause == t[at].Clause && t[at - 2].Clause == t[at].Clause
            && locative.Contains(t[at - 1].Norm) && nouns.Contains(t[at - 2].Norm);
}
