using Timeline.Extraction.Extraction.Dates;
using Timeline.Extraction.Extraction.Text;

namespace Timeline.Extraction.Extraction.Arguments;

/// <summary>
/// Clause boundaries the tokenizer draws at every comma, corrected for dates: a date set off by commas is an aside of
/// the clause around it, and a date between a name and its verb is skipped like the name.
/// </summary>
internal sealed class ClauseChunker
{
    private readonly ExtractionData _data;

    /// <summary>Chunks clauses with the clause openers of <paramref name="data"/>.</summary>
    public ClauseChunker(ExtractionData data) => _data = data;

    /// <summary>Clauses of at most three words next to a clause in <paramref name="clauses"/>: a date set off by commas there shares its tense.</summary>
    public static ulong ShortNeighbours(IReadOnlyList<Token> tokens, ulong clauses)
    {
        if (clauses == 0 || tokens.Count == 0)
        {
            return 0;
        }
        var result = 0UL;
        var start = 0;
        for (var k = 1; k <= tokens.Count; k++)
        {
            if (k < tokens.Count && tokens[k].Clause == tokens[start].Clause)
            {
                continue;
            }
            var c = Math.Min(63, tokens[start].Clause);
            if (k - start <= 3 && ((c > 0 && (clauses & (1UL << (c - 1))) != 0) || (c < 63 && (clauses & (1UL << (c + 1))) != 0)))
            {
                result |= 1UL << c;
            }
            start = k;
        }
        return result;
    }

    /// <summary>The words of every date in the sentence.</summary>
    public static bool[] DateWords(int count, List<DateMention> dates)
    {
        var result = new bool[count];
        foreach (var d in dates)
        {
            for (var k = d.FirstToken; k <= d.LastToken && k < count; k++)
            {
                result[k] = true;
            }
        }
        return result;
    }

    /// <summary>
    /// A date set off by commas or brackets ("استقبل كيم، أمس السبت، لافروف", "said, (Thursday), that") is an aside of
    /// the clause around it, not a clause of its own: the clauses on both sides become one. So is an Arabic date after a
    /// comma that the clause goes on from with a preposition, its closing comma left out («وصلت الوزيرة تشوي، اليوم
    /// الثلاثاء إلى موسكو»). Null when there is none.
    /// </summary>
    public List<Token>? JoinDateAsides(IReadOnlyList<Token> tokens, List<DateMention> dates, bool[] covered)
    {
        List<Token>? joined = null;
        foreach (var d in dates)
        {
            IReadOnlyList<Token> t = (IReadOnlyList<Token>?)joined ?? tokens;
            var clause = t[d.FirstToken].Clause;
            if (clause == 0 || t[d.LastToken].Clause != clause || d.LastToken + 1 >= t.Count)
            {
                continue;
            }
            var unclosed = t[d.LastToken + 1].Clause == clause && t[d.LastToken + 1].IsArabic && _data.Locative.Contains(t[d.LastToken + 1].Norm);
            if (!unclosed && (t[d.LastToken + 1].Clause != clause + 1 || _data.ClauseOpeners.Contains(t[d.LastToken + 1].Norm)))
            {
                continue;
            }
            var from = d.FirstToken;
            while (from > 0 && t[from - 1].Clause == clause)
            {
                from--;
            }
            if (d.FirstToken - from > 1)
            {
                continue; // More than a preposition before the date: a clause with words of its own.
            }
            if (from > 0 && TitleAside(t, covered, from - 1))
            {
                continue; // «وأشرف كيم، زعيم كوريا الشمالية، يوم الجمعة، على»: the date follows a name's aside; appositions join all three.
            }
            joined ??= [.. tokens];
            var closed = unclosed ? 1 : 2; // Commas joined: one after the clause before, and the date's closing one.
            for (var k = from; k < joined.Count; k++)
            {
                joined[k] = joined[k] with { Clause = joined[k].Clause > clause ? joined[k].Clause - closed : clause - 1 };
            }
        }
        return joined;
    }

    /// <summary>Whether the clause ending at <paramref name="last"/> holds a name or title and follows one: an aside.</summary>
    private static bool TitleAside(IReadOnlyList<Token> t, bool[] covered, int last)
    {
        var first = last;
        while (first > 0 && t[first - 1].Clause == t[last].Clause)
        {
            first--;
        }
        return first > 0 && covered[first - 1] && Enumerable.Range(first, last - first + 1).Any(k => covered[k]);
    }

    /// <summary>
    /// The covered words with the words of every date inside a clause added ("Kim Yo Jong on Friday denied"): such a
    /// date is skipped like a name when counting words between. A date that closes its clause ("…to North Korea this
    /// month, arrived") still separates the clause it closes from the next.
    /// </summary>
    public static bool[] WithDates(IReadOnlyList<Token> tokens, bool[] covered, List<DateMention> dates)
    {
        bool[]? result = null;
        foreach (var d in dates)
        {
            if (d.FirstToken == 0 || d.LastToken + 1 >= tokens.Count || tokens[d.LastToken + 1].Clause != tokens[d.FirstToken].Clause
                || tokens[d.FirstToken - 1].Clause != tokens[d.FirstToken].Clause)
            {
                continue;
            }
            result ??= (bool[])covered.Clone();
            Array.Fill(result, true, d.FirstToken, d.LastToken - d.FirstToken + 1);
        }
        return result ?? covered;
    }
}
