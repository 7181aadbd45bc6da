using Timeline.Eval.Scoring;

namespace Timeline.Extraction.Tests.Quality;

public class SeedQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Extractor_reaches_the_quality_targets_on_the_seed_stories()
    {
        var (report, events) = SeedCorpus.ScoreExtractorOnStories();
        foreach (var e in events)
        {
            output.WriteLine($"{e.Evidence[0].Source[..3]} {e.Type,-20} {e.Date,-10} {string.Join(", ", e.Actors)} [{string.Join(",", e.Countries)}] :: {e.Summary}");
        }
        output.WriteLine("-- misses");
        foreach (var m in report.Misses)
        {
            output.WriteLine($"{m.Members[0].File[..3]} {m.Head.Type} {m.Head.Date} {string.Join(", ", m.Head.Actors)} :: {m.Head.Summary}");
        }
        output.WriteLine("-- false positives");
        foreach (var f in report.FalsePositives)
        {
            output.WriteLine($"{f.Evidence[0].Source[..3]} {f.Type} {f.Date} {string.Join(", ", f.Actors)} :: {f.Evidence[0].Sentence}");
        }
        output.WriteLine("-- duplicates");
        foreach (var f in report.DuplicateEvents)
        {
            output.WriteLine($"{f.Evidence[0].Source[..3]} {f.Type} {f.Date} {string.Join(", ", f.Actors)} :: {f.Evidence[0].Sentence}");
        }
        output.WriteLine("-- inexact dates");
        foreach (var (s, g, exact) in report.Matches.Where(m => !m.ExactDate))
        {
            output.WriteLine($"{s.Type} {s.Date} vs {g.Head.Date} :: {s.Summary}");
        }
        output.WriteLine(report.Line);
        Assert.True(report.F1 >= 0.90, report.Line);
        Assert.True(report.DateExact >= 0.95, report.Line);
        Assert.Empty(report.OffTopic);
    }
}
