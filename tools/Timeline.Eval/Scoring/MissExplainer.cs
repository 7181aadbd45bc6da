namespace Timeline.Eval.Scoring;

/// <summary>
/// Why a gold event was missed, told from what the pipeline made of the sentence that states it: nothing (no trigger
/// read, or the event lost a side and was dropped), another type (predicates), another date (time), other people
/// (mentions and discourse). The first failing stage is the one to open.
/// </summary>
public static class MissExplainer
{
    /// <summary>One verdict per missed gold event member.</summary>
    /// <param name="File">The article the gold event is in.</param>
    /// <param name="Gold">The gold event.</param>
    /// <param name="Stage">The first stage that failed: "nothing", "type", "date", "actors".</param>
    /// <param name="Found">What the pipeline extracted from the evidence sentence, one line per mention.</param>
    public sealed record Explanation(string File, GoldEvent Gold, string Stage, IReadOnlyList<string> Found);

    /// <summary>Explains every missed gold event against the timeline's events and the mentions they cite.</summary>
    public static List<Explanation> Explain(ScoreReport report, IReadOnlyList<SystemEvent> timeline)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(timeline);
        var result = new List<Explanation>();
        foreach (var union in report.Misses)
        {
            foreach (var (file, gold) in union.Members)
            {
                var found = timeline
                    .Where(e => e.Evidence.Any(m => m.Source == file && SameSentence(m.Sentence, gold.Evidence)))
                    .ToList();
                result.Add(new Explanation(file, gold, Stage(gold, found), [.. found.Select(Describe)]));
            }
        }
        return result;
    }

    /// <summary>Writes the explanations and a count per stage.</summary>
    public static void Print(IReadOnlyList<Explanation> explanations, TextWriter w)
    {
        ArgumentNullException.ThrowIfNull(explanations);
        ArgumentNullException.ThrowIfNull(w);
        w.WriteLine("EXPLAIN (each missed gold event: the first stage that failed, and what came out of its sentence)");
        foreach (var x in explanations)
        {
            w.WriteLine($"  [{x.Stage}] {x.File} {x.Gold.Type} {x.Gold.Date} {string.Join(", ", x.Gold.Actors)} :: {Clip(x.Gold.Evidence, 140)}");
            foreach (var line in x.Found)
            {
                w.WriteLine($"      got {line}");
            }
        }
        w.WriteLine("  by stage: " + string.Join(", ", explanations.GroupBy(x => x.Stage).OrderByDescending(g => g.Count()).Select(g => $"{g.Key}={g.Count()}")));
        w.WriteLine();
    }

    private static string Stage(GoldEvent gold, List<SystemEvent> found)
    {
        if (found.Count == 0)
        {
            return "nothing";
        }
        var sameType = found.Where(e => e.Type == gold.Type).ToList();
        if (sameType.Count == 0)
        {
            return "type";
        }
        var dated = sameType.Any(e => e.Date is not null && e.Date.StartsWith(gold.Date, StringComparison.Ordinal));
        return dated ? "actors" : "date";
    }

    // Gold evidence is a sentence or a part of one; a timeline mention cites the whole sentence.
    private static bool SameSentence(string mentionSentence, string goldEvidence)
    {
        var probe = goldEvidence.Length > 40 ? goldEvidence[..40] : goldEvidence;
        return mentionSentence.Contains(probe, StringComparison.Ordinal)
            || goldEvidence.Contains(mentionSentence.Length > 40 ? mentionSentence[..40] : mentionSentence, StringComparison.Ordinal);
    }

    private static string Describe(SystemEvent e) => $"{e.Type} {e.Date} [{string.Join(", ", e.Actors)}] [{string.Join(",", e.Countries)}]";

    private static string Clip(string s, int n) => s.Length <= n ? s : s[..n] + "…";
}
