using Timeline.Contracts;
using Timeline.TimelineService.Merging;
using static Timeline.TimelineService.Tests.Extractions;

namespace Timeline.TimelineService.Tests;

public sealed class MergeRulesTests
{
    private static readonly Participant Blank = new(" ", "Unnamed", ParticipantRoles.Actor, "RU");
    private static readonly Participant[] Pool = [Putin, Kim, Lavrov, Choe, Russia, NorthKorea, Blank];
    private static readonly IReadOnlyList<string>[] CountrySets = [[], ["RU"], ["KP"], ["RU", "KP"], ["cn"]];

    [Fact]
    public void The_candidate_prefilter_never_rejects_participants_that_agree()
    {
        var subsets = Subsets(Pool, 3);
        var rejected = 0;
        foreach (var mention in subsets)
        {
            var people = MergeRules.People(mention);
            foreach (var e in subsets)
            {
                // The event's actor ids as the store indexes them: distinct, non-blank.
                var ids = e.Select(p => p.ActorId).Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal).ToList();
                var may = MergeRules.MayShareParticipants(people, ids);
                rejected += may ? 0 : 1;
                foreach (var mentionCountries in CountrySets)
                {
                    foreach (var eventCountries in CountrySets)
                    {
                        Assert.True(may || !MergeRules.ParticipantsAgree(mention, mentionCountries, e, eventCountries),
                            $"[{string.Join(",", mention.Select(p => p.ActorId))}] vs [{string.Join(",", ids)}]");
                    }
                }
            }
        }
        Assert.True(rejected > 0);
    }

    [Fact]
    public void The_candidate_prefilter_rejects_people_with_nobody_in_common()
    {
        Assert.False(MergeRules.MayShareParticipants(MergeRules.People([Lavrov, Kim]), [Choe.ActorId, Putin.ActorId, "RU"]));
        Assert.True(MergeRules.MayShareParticipants(MergeRules.People([Lavrov, Kim]), [Kim.ActorId, Putin.ActorId]));
        Assert.True(MergeRules.MayShareParticipants(MergeRules.People([Lavrov, Kim]), ["KP", "RU"]));
        Assert.True(MergeRules.MayShareParticipants(MergeRules.People([Russia]), [Putin.ActorId]));
    }

    private static List<Participant[]> Subsets(Participant[] pool, int maxSize)
    {
        var result = new List<Participant[]> { Array.Empty<Participant>() };
        for (var mask = 1; mask < 1 << pool.Length; mask++)
        {
            var subset = pool.Where((_, i) => (mask & (1 << i)) != 0).ToArray();
            if (subset.Length <= maxSize)
            {
                result.Add(subset);
            }
        }
        return result;
    }
}
