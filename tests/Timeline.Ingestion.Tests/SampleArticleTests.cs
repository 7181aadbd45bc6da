using Timeline.Ingestion.Parsing;
using Timeline.Tests;

namespace Timeline.Ingestion.Tests;

public class SampleArticleTests
{
    public static TheoryData<string> Samples => new(Directory.GetFiles(Path.Combine(ExternalCorpus.RepoRoot, "samples", "articles"), "*.json").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_shipped_for_the_embedded_mode_is_accepted_with_its_metadata(string file)
    {
        var json = File.ReadAllText(Path.Combine(ExternalCorpus.RepoRoot, "samples", "articles", file));

        var items = ArticleParser.Parse("application/json", json, CallerMetadata.None);

        Assert.All(items, i => Assert.Null(i.Error));
        Assert.All(items, i => Assert.Equal("caller", i.Article!.PublishedAtSource));
        Assert.All(items, i => Assert.False(string.IsNullOrWhiteSpace(i.Article!.Body)));
    }
}
