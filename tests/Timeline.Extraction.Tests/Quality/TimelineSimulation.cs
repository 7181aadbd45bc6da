using Timeline.Eval.Scoring;

namespace Timeline.Extraction.Tests.Quality;

/// <summary>
/// A stand-in for the timeline service's cross-article merge, so the extractor can be scored alone: mentions of the same
/// type whose dates agree (one containing the other) and whose people overlap (or, without people, whose states agree)
/// become one event with the most common precise date.
/// </summary>
internal static class TimelineSimulation
{
    public static List<SystemEvent> Merge(IEnumerable<(SystemEvent Event, IReadOnlyList<string> Persons)> mentions)
    {
        var clusters = new List<List<(SystemEvent Event, IReadOnlyList<string> Persons)>>();
        foreach (var m in mentions)
        {
            // Mentions of one article are distinct happenings by construction: the extractor already folded its duplicates.
            var home = clusters.FirstOrDefault(c => c.Any(x => Same(x, m)) && c.All(x => x.Event.Evidence[0].Source != m.Event.Evidence[0].Source));
            if (home is null)
            {
                clusters.Add([m]);
            }
            else
            {
                home.Add(m);
            }
        }
        return [.. clusters.Select(c =>
        {
            var best = c.Select(x => x.Event.Date).Where(d => d is not null).GroupBy(d => d).OrderByDescending(g => g.Key!.Length).ThenByDescending(g => g.Count()).First().Key;
            return new SystemEvent(c[0].Event.Id, c[0].Event.Type, best,
                [.. c.SelectMany(x => x.Event.Actors).Distinct()], [.. c.SelectMany(x => x.Event.Countries).Distinct()], c[0].Event.Summary,
                [.. c.SelectMany(x => x.Event.Evidence)]);
        })];
    }

    private static bool Same((SystemEvent Event, IReadOnlyList<string> Persons) a, (SystemEvent Event, IReadOnlyList<string> Persons) b)
    {
        if (a.Event.Type != b.Event.Type || a.Event.Date is null || b.Event.Date is null)
        {
            return false;
        }
        if (!a.Event.Date.StartsWith(b.Event.Date, StringComparison.Ordinal) && !b.Event.Date.StartsWith(a.Event.Date, StringComparison.Ordinal))
        {
            return false;
        }
        if (a.Persons.Count > 0 && b.Persons.Count > 0)
        {
            return a.Persons.Intersect(b.Persons).Any();
        }
        return a.Event.Countries.Take(2).ToHashSet().SetEquals(b.Event.Countries.Take(2));
    }
}
