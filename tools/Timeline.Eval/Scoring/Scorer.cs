namespace Timeline.Eval.Scoring;

/// <summary>A timeline event as the scorer sees it.</summary>
/// <param name="Id">Event id.</param>
/// <param name="Type">Event type.</param>
/// <param name="Date">Date value ("YYYY-MM-DD", "YYYY-MM", "YYYY") or null.</param>
/// <param name="Actors">Names of the participants.</param>
/// <param name="Countries">ISO codes of the states involved.</param>
/// <param name="Summary">Summary line.</param>
/// <param name="Evidence">(source file, sentence) of every mention.</param>
public sealed record SystemEvent(string Id, string Type, string? Date, IReadOnlyList<string> Actors, IReadOnlyList<string> Countries, string Summary, IReadOnlyList<(string Source, string Sentence)> Evidence);

/// <summary>Gold events of different articles that describe the same happening, counted once.</summary>
public sealed class GoldUnion
{
    /// <summary>The members: (article file, event).</summary>
    public List<(string File, GoldEvent Event)> Members { get; } = [];

    /// <summary>The first member.</summary>
    public GoldEvent Head => Members[0].Event;

    /// <summary>The articles that report the happening.</summary>
    public IReadOnlySet<string> Files => Members.Select(m => m.File).ToHashSet(StringComparer.Ordinal);
}

/// <summary>The outcome of scoring a timeline against a gold file.</summary>
public sealed record ScoreReport
{
    /// <summary>Matched timeline events / all timeline events.</summary>
    public double Precision { get; init; }
    /// <summary>Matched gold events / gold events (after the cross-article union).</summary>
    public double Recall { get; init; }
    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 { get; init; }
    /// <summary>Share of matched events whose date is exactly the gold date.</summary>
    public double DateExact { get; init; }
    /// <summary>Timeline events that match an already matched gold event.</summary>
    public int Duplicates { get; init; }
    /// <summary>Number of timeline events.</summary>
    public int SystemCount { get; init; }
    /// <summary>Number of gold events after the union.</summary>
    public int GoldCount { get; init; }
    /// <summary>Matched pairs.</summary>
    public IReadOnlyList<(SystemEvent System, GoldUnion Gold, bool ExactDate)> Matches { get; init; } = [];
    /// <summary>Gold events nobody matched.</summary>
    public IReadOnlyList<GoldUnion> Misses { get; init; } = [];
    /// <summary>Timeline events that match nothing (including off-topic ones).</summary>
    public IReadOnlyList<SystemEvent> FalsePositives { get; init; } = [];
    /// <summary>Timeline events that duplicate a match.</summary>
    public IReadOnlyList<SystemEvent> DuplicateEvents { get; init; } = [];
    /// <summary>Timeline events with evidence in an off-topic region.</summary>
    public IReadOnlyList<SystemEvent> OffTopic { get; init; } = [];

    /// <summary>Matched gold events that several articles report, with the number of those articles the matching timeline event cites.</summary>
    public IReadOnlyList<(GoldUnion Gold, SystemEvent System, int Cited)> MultiSource { get; init; } = [];

    /// <summary>Multi-article gold events whose timeline event cites fewer of the reporting articles than the gold does.</summary>
    public IEnumerable<(GoldUnion Gold, SystemEvent System, int Cited)> UnderSourced => MultiSource.Where(m => m.Cited < m.Gold.Files.Count);

    /// <summary>The summary line every evaluation prints last.</summary>
    public string Line => FormattableString.Invariant($"precision={Precision:0.00} recall={Recall:0.00} f1={F1:0.00} date_exact={DateExact:0.00} duplicates={Duplicates}");
}

/// <summary>
/// Scores a timeline against gold annotations as corpus/README.md defines it: gold events of different articles that
/// describe the same happening count once; a timeline event matches a gold event when the type is equal, the date is
/// equal at the gold's precision, and at least half the gold's actors are among the event's (or, with no gold actors,
/// the gold's first two countries are among the event's); each gold event is matched at most once (maximum matching,
/// exact dates and complete actors preferred), further matches are duplicates; evidence in an off-topic region is a false positive.
/// </summary>
public static class Scorer
{
    /// <summary>Scores <paramref name="events"/> against <paramref name="gold"/>; <paramref name="offTopic"/> says whether a (source, sentence) lies in glued-on material.</summary>
    public static ScoreReport Score(IReadOnlyList<GoldArticle> gold, IReadOnlyList<SystemEvent> events, Func<string, string, bool> offTopic)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(offTopic);
        var unions = Union(gold);
        var noisy = events.Where(e => e.Evidence.Any(x => offTopic(x.Source, x.Sentence))).ToHashSet();
        var candidates = events.Where(e => !noisy.Contains(e)).ToList();

        var edges = candidates.Select(s => unions.Select((u, ui) => (ui, rank: Rank(s, u))).Where(x => x.rank != 0).ToList()).ToList();
        var goldOwner = new int[unions.Count];
        Array.Fill(goldOwner, -1);
        // Exact dates with every gold actor first, then exact dates, then any edge: Kuhn's augmenting paths keep earlier
        // matches matched, so the count is the maximum whatever the order; the order only decides which event gets which
        // gold event when several could (Lavrov meeting Kim and Lavrov meeting Choe the same day both match either).
        foreach (var minRank in new[] { 3, 2, 1 })
        {
            for (var si = 0; si < candidates.Count; si++)
            {
                if (goldOwner.Contains(si))
                {
                    continue;
                }
                Augment(si, edges, goldOwner, new bool[unions.Count], minRank);
            }
        }
        var matches = new List<(SystemEvent, GoldUnion, bool)>();
        for (var ui = 0; ui < unions.Count; ui++)
        {
            if (goldOwner[ui] >= 0)
            {
                var s = candidates[goldOwner[ui]];
                matches.Add((s, unions[ui], MatchKind(s, unions[ui]) == 2));
            }
        }
        var matchedSystems = matches.Select(m => m.Item1).ToHashSet();
        var duplicates = candidates.Where((s, si) => !matchedSystems.Contains(s) && edges[si].Count > 0).ToList();
        var falsePositives = candidates.Where((s, si) => !matchedSystems.Contains(s) && edges[si].Count == 0).Concat(noisy).ToList();
        var misses = unions.Where((u, ui) => goldOwner[ui] < 0).ToList();

        double precision = events.Count == 0 ? 0 : (double)matches.Count / events.Count;
        double recall = unions.Count == 0 ? 0 : (double)matches.Count / unions.Count;
        return new ScoreReport
        {
            Precision = precision,
            Recall = recall,
            F1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall),
            DateExact = matches.Count == 0 ? 0 : (double)matches.Count(m => m.Item3) / matches.Count,
            Duplicates = duplicates.Count,
            SystemCount = events.Count,
            GoldCount = unions.Count,
            Matches = matches,
            Misses = misses,
            FalsePositives = falsePositives,
            DuplicateEvents = duplicates,
            OffTopic = [.. noisy],
            // One canonical event per happening must also carry every article that reports it.
            MultiSource = [.. matches.Where(m => m.Item2.Members.Count > 1)
                .Select(m => (m.Item2, m.Item1, m.Item2.Files.Count(f => m.Item1.Evidence.Any(e => e.Source == f))))],
        };
    }

    /// <summary>Folds gold events of different articles that describe the same happening (same type, same date at the coarser precision, overlapping actors).</summary>
    public static List<GoldUnion> Union(IReadOnlyList<GoldArticle> gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var unions = new List<GoldUnion>();
        foreach (var article in gold)
        {
            foreach (var e in article.Events)
            {
                GoldUnion? best = null;
                var bestOverlap = 0;
                foreach (var u in unions.Where(u => u.Members.All(m => m.File != article.File)))
                {
                    var overlap = u.Members.Max(m => SameHappening(m.Event, e));
                    if (overlap > bestOverlap)
                    {
                        best = u;
                        bestOverlap = overlap;
                    }
                }
                if (best is null)
                {
                    best = new GoldUnion();
                    unions.Add(best);
                }
                best.Members.Add((article.File, e));
            }
        }
        return unions;
    }

    /// <summary>0 when not the same happening, else the size of the overlap.</summary>
    private static int SameHappening(GoldEvent a, GoldEvent b)
    {
        if (a.Type != b.Type)
        {
            return 0;
        }
        var len = Math.Min(a.Date.Length, b.Date.Length);
        if (!string.Equals(a.Date[..len], b.Date[..len], StringComparison.Ordinal))
        {
            return 0;
        }
        if (a.Actors.Count > 0 && b.Actors.Count > 0)
        {
            return ActorNames.Shared(a.Actors, b.Actors);
        }
        if (a.Actors.Count == 0 && b.Actors.Count == 0)
        {
            return a.Countries.Take(2).ToHashSet().SetEquals(b.Countries.Take(2)) ? 1 : 0;
        }
        return 0;
    }

    /// <summary>0: no match; 1: a match; 2: a match with the exact gold date.</summary>
    public static int MatchKind(SystemEvent s, GoldUnion u)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(u);
        var best = 0;
        foreach (var (_, g) in u.Members)
        {
            if (s.Type != g.Type || s.Date is null)
            {
                continue;
            }
            // Equal at the gold's precision: a day inside a gold month matches that month.
            if (s.Date.Length < g.Date.Length || !s.Date.StartsWith(g.Date, StringComparison.Ordinal))
            {
                continue;
            }
            bool actorsOk;
            if (g.Actors.Count > 0)
            {
                var hit = g.Actors.Count(a => ActorNames.AmongNames(a, s.Actors));
                actorsOk = 2 * hit >= g.Actors.Count;
            }
            else
            {
                actorsOk = g.Countries.Take(2).All(c => s.Countries.Contains(c, StringComparer.OrdinalIgnoreCase));
            }
            if (actorsOk)
            {
                best = Math.Max(best, s.Date == g.Date ? 2 : 1);
            }
        }
        return best;
    }

    /// <summary>0: no match; 1: a match; 2: with the exact gold date; 3: with the exact date and every actor of a gold member.</summary>
    private static int Rank(SystemEvent s, GoldUnion u)
    {
        var kind = MatchKind(s, u);
        var complete = kind == 2 && u.Members.Any(m => m.Event.Date == s.Date && m.Event.Actors.Count > 0
            && m.Event.Actors.All(a => ActorNames.AmongNames(a, s.Actors)));
        return complete ? 3 : kind;
    }

    private static bool Augment(int si, List<List<(int ui, int rank)>> edges, int[] goldOwner, bool[] seen, int minRank)
    {
        foreach (var (ui, rank) in edges[si])
        {
            if (seen[ui] || rank < minRank)
            {
                continue;
            }
            seen[ui] = true;
            if (goldOwner[ui] < 0 || Augment(goldOwner[ui], edges, goldOwner, seen, minRank))
            {
                goldOwner[ui] = si;
                return true;
            }
        }
        return false;
    }
}
