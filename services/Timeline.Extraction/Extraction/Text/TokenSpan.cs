namespace Timeline.Extraction.Extraction.Text;

/// <summary>Counts and looks for words between two positions of a sentence, the way the extraction stages measure nearness.</summary>
internal static class TokenSpan
{
    /// <summary>Words strictly between two positions, not counting names, titles and asides.</summary>
    public static int Words(IReadOnlyList<Token> t, bool[] covered, int from, int to)
    {
        var n = 0;
        for (var k = from + 1; k < to; k++)
        {
            n += t[k].Aside || covered[k] ? 0 : 1;
        }
        return n;
    }

    /// <summary>Words strictly between two positions that are neither asides nor part of a name or title.</summary>
    public static int Gap(IReadOnlyList<Token> t, int from, int to, bool[] covered)
    {
        var n = 0;
        for (var k = from + 1; k < to; k++)
        {
            n += t[k].Aside || covered[k] ? 0 : 1;
        }
        return n + 1;
    }

    /// <summary>Words from <paramref name="from"/> to <paramref name="to"/>, not counting asides; negative when <paramref name="to"/> comes first.</summary>
    public static int Span(IReadOnlyList<Token> t, int from, int to)
    {
        if (to < from)
        {
            return -1;
        }
        var n = 0;
        for (var k = from + 1; k <= to; k++)
        {
            n += t[k].Aside ? 0 : 1;
        }
        return n;
    }

    /// <summary>The first word of the clause holding <paramref name="at"/>.</summary>
    public static int ClauseStart(IReadOnlyList<Token> t, int at)
    {
        var k = at;
        while (k > 0 && t[k - 1].Clause == t[at].Clause)
        {
            k--;
        }
        return k;
    }

    /// <summary>True when the clause holding <paramref name="at"/> opens with a word of <paramref name="openers"/> ("…, whose stay …,").</summary>
    public static bool ClauseOpensWith(IReadOnlyList<Token> t, int at, IReadOnlySet<string> openers) => openers.Contains(t[ClauseStart(t, at)].Norm);

    /// <summary>True when a word of <paramref name="words"/> stands strictly between the two positions.</summary>
    public static bool WordBetween(IReadOnlyList<Token> t, int from, int to, IReadOnlySet<string> words)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (words.Contains(t[k].Norm))
            {
                return true;
            }
        }
        return false;
    }
}
