using Timeline.Extraction.Extraction.Text;

namespace Timeline.Extraction.Extraction.Dates;

/// <summary>
/// An event recalled by an anniversary happened long ago and is no entry of this article: "marking 75 years since the two
/// nations concluded their agreement", «في الذكرى الخامسة والسبعين لتوقيع الاتفاقية», «بمناسبة مرور 75 عاما على إقامة العلاقات».
/// </summary>
internal static class Anniversaries
{
    /// <summary>How many words before a trigger an anniversary cue is looked for.</summary>
    private const int Reach = 5;

    /// <summary>Whether the trigger starting at <paramref name="trigger"/> names the event an anniversary recalls.</summary>
    /// <param name="t">The sentence's words.</param>
    /// <param name="trigger">The trigger's first word.</param>
    /// <param name="anniversary">Words that name an anniversary ("anniversary", «الذكرى»).</param>
    /// <param name="spans">Units of elapsed time before "since"/«على» ("years", «عاما»).</param>
    /// <param name="since">Words that link elapsed time to the event ("since", «على»).</param>
    public static bool Recalled(IReadOnlyList<Token> t, int trigger, IReadOnlySet<string> anniversary, IReadOnlySet<string> spans, IReadOnlySet<string> since)
    {
        for (var k = trigger - 1; k >= 0 && k >= trigger - Reach && t[k].Clause == t[trigger].Clause; k--)
        {
            if (anniversary.Contains(t[k].Norm) || since.Contains(t[k].Norm) && k > 0 && spans.Contains(t[k - 1].Norm))
            {
                return true;
            }
        }
        return false;
    }
}
