namespace Timeline.Extraction.Tests.Quality;

public class SeedQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Extractor_reaches_the_quality_targets_on_the_seed_stories()
    {
        var (report, events) = GoldCorpus.Seeds.ScoreExtractorOnStories();
        GoldCorpus.Describe(output, report, events);
        Assert.True(report.F1 >= 0.90, report.Line);
        Assert.True(report.DateExact >= 0.95, report.Line);
        Assert.Empty(report.OffTopic);
    }
}
