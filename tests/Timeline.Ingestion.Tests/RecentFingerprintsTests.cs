using Microsoft.Extensions.DependencyInjection;
using Timeline.Ingestion.Intake;
using Timeline.Storage;
using Timeline.Storage.Outbox;

namespace Timeline.Ingestion.Tests;

public class RecentFingerprintsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void A_fingerprint_within_the_distance_finds_the_closest_remembered_article_and_the_earliest_of_equally_close_ones()
    {
        var recent = new RecentFingerprints();
        recent.Add("art_far", 0b1111_0000UL);
        recent.Add("art_first", 0b0000_0011UL);
        recent.Add("art_second", 0b0000_0101UL);
        recent.Add("art_closest", 0b0000_0001UL);

        Assert.Equal("art_closest", recent.FindNear(0b0000_0000UL, 3, "art_new"));
        Assert.Equal("art_first", recent.FindNear(0b0000_0111UL, 1, "art_new"));
    }

    [Fact]
    public void An_article_is_not_its_own_near_duplicate_and_a_distant_one_finds_nothing()
    {
        var recent = new RecentFingerprints();
        recent.Add("art_a", 0UL);

        Assert.Null(recent.FindNear(0UL, 3, "art_a"));
        Assert.Null(recent.FindNear(0b1111UL, 3, "art_b"));
    }

    [Fact]
    public void Only_the_latest_capacity_fingerprints_are_remembered()
    {
        var recent = new RecentFingerprints();
        recent.Add("art_oldest", ulong.MaxValue);
        for (var i = 0; i < RecentFingerprints.Capacity; i++)
        {
            recent.Add("art_" + i, 0UL);
        }

        Assert.Null(recent.FindNear(ulong.MaxValue, 3, "art_new"));
    }

    [Fact]
    public async Task A_wire_copy_posted_after_its_original_is_linked_without_reading_candidates_from_the_store()
    {
        CountingArticleStore? counting = null;
        await using var host = await IngestionHost.StartAsync(configure: b =>
        {
            var original = b.Services.Last(d => d.ServiceType == typeof(IArticleStore));
            b.Services.Remove(original);
            b.Services.AddSingleton<IArticleStore>(sp => counting = new CountingArticleStore(
                (IArticleStore)(original.ImplementationInstance ?? original.ImplementationFactory?.Invoke(sp)
                    ?? ActivatorUtilities.CreateInstance(sp, original.ImplementationType!))));
        });
        var page = Pages.PutinVisit;
        var otherSite = page.Replace("اتهامات غربية\n", "", StringComparison.Ordinal)
            .Replace("وفق وكالة رويترز.", "وفق ما نقلت وكالة رويترز للأنباء.", StringComparison.Ordinal);

        var first = (await (await host.Client.PostAsync(page, "text/plain", "?source=site-a")).JsonAsync()).GetProperty("articles")[0];
        var readsAfterOriginal = counting!.CandidateReads;
        var second = (await (await host.Client.PostAsync(otherSite, "text/plain", "?source=site-b")).JsonAsync()).GetProperty("articles")[0];

        Assert.Equal("near_duplicate", second.Str("status"));
        Assert.Equal(first.Str("id"), second.Str("duplicateOf"));
        Assert.Equal(readsAfterOriginal, counting.CandidateReads);
    }

    /// <summary>The real store, counting how often near-duplicate candidates are read from it.</summary>
    private sealed class CountingArticleStore(IArticleStore inner) : IArticleStore
    {
        private int _candidateReads;

        public int CandidateReads => Volatile.Read(ref _candidateReads);

        public Task<ArticleSaveResult> SaveAsync(StoredArticle article, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken) =>
            inner.SaveAsync(article, messages, cancellationToken);

        public Task<StoredArticle?> GetAsync(string id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

        public Task<IReadOnlyList<FingerprintCandidate>> FindFingerprintCandidatesAsync(ulong fingerprint, int limit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _candidateReads);
            return inner.FindFingerprintCandidatesAsync(fingerprint, limit, cancellationToken);
        }

        public IAsyncEnumerable<StoredArticle> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);

        public Task<long> CountAsync(CancellationToken cancellationToken) => inner.CountAsync(cancellationToken);
    }
}
