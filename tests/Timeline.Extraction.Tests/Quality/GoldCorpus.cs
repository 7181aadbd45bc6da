using System.Globalization;
using Timeline.Eval.Scoring;
using Timeline.Extraction.Extraction;
using Timeline.Ingestion.Parsing;
using Timeline.Tests;

namespace Timeline.Extraction.Tests.Quality;

/// <summary>A corpus of articles with gold annotations: the hand-written development set in the repository, or the external seed pages and held-out realistic articles.</summary>
internal sealed class GoldCorpus
{
    private GoldCorpus(string dir, string goldPath)
    {
        Dir = dir;
        Gold = GoldFile.Load(goldPath);
    }

    /// <summary>The five scraped seed pages of the external corpus; skips the test when they are absent.</summary>
    public static GoldCorpus Seeds => new(ExternalCorpus.Seeds, ExternalCorpus.SeedsGold);

    /// <summary>Held-out realistic articles of the external corpus, written by annotators who never saw the extractor; skips the test when absent.</summary>
    public static GoldCorpus Realistic => new(ExternalCorpus.Realistic, ExternalCorpus.Require(Path.Combine(ExternalCorpus.Realistic, "gold.json")));

    /// <summary>The development set: hand-written articles the rules were generalised on, in the repository next to these tests.</summary>
    public static GoldCorpus Development { get; } = new(
        Path.Combine(ExternalCorpus.RepoRoot, "tests", "Timeline.Extraction.Tests", "Quality", "DevCorpus"),
        Path.Combine(ExternalCorpus.RepoRoot, "tests", "Timeline.Extraction.Tests", "Quality", "DevCorpus", "dev.gold.json"));

    public string Dir { get; }

    public IReadOnlyList<GoldArticle> Gold { get; }

    public string Read(string file) => File.ReadAllText(Path.Combine(Dir, file));

    /// <summary>
    /// Runs the extractor over every whole page as ingestion's cleaning leaves it, as the product does, and scores it like
    /// Eval does; so whatever the cleaning lets through of a page's unrelated material counts against it.
    /// </summary>
    public (ScoreReport Report, List<SystemEvent> Mentions) ScoreExtractorOnCleanedPages()
    {
        var mentions = new List<(SystemEvent, IReadOnlyList<string>)>();
        foreach (var article in Gold)
        {
            var story = StoryCleaner.Clean(Read(article.File)).Body;
            var published = DateOnly.ParseExact(article.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            foreach (var e in EventExtractor.Default.Extract(article.File, story, published))
            {
                var persons = e.Participants.Where(p => Timeline.Lexicon.Gazetteer.Default.ById(p.ActorId)?.Kind == Timeline.Lexicon.ActorKinds.Person).Select(p => p.Name).ToList();
                mentions.Add((new SystemEvent(e.MentionId, e.Type, e.Date?.Value, [.. e.Participants.Select(p => p.Name)], e.Countries, e.Summary, [(article.File, e.Evidence.Sentence)]), persons));
            }
        }
        var events = TimelineSimulation.Merge(mentions);
        var regions = new OffTopicRegions(Gold, f => File.Exists(Path.Combine(Dir, f)) ? Read(f) : null);
        return (Scorer.Score(Gold, events, regions.IsOffTopic), [.. mentions.Select(m => m.Item1)]);
    }

    /// <summary>Writes the mentions and what went wrong to the test output, so a failing floor shows why.</summary>
    public static void Describe(ITestOutputHelper output, ScoreReport report, IEnumerable<SystemEvent> mentions)
    {
        foreach (var e in mentions)
        {
            output.WriteLine($"{e.Evidence[0].Source[..4]} {e.Type,-20} {e.Date,-10} {string.Join(", ", e.Actors)} [{string.Join(",", e.Countries)}] :: {e.Summary}");
        }
        output.WriteLine("-- misses");
        foreach (var m in report.Misses)
        {
            output.WriteLine($"{m.Members[0].File[..4]} {m.Head.Type} {m.Head.Date} {string.Join(", ", m.Head.Actors)} :: {m.Head.Summary}");
        }
        output.WriteLine("-- false positives");
        foreach (var f in report.FalsePositives)
        {
            output.WriteLine($"{f.Evidence[0].Source[..4]} {f.Type} {f.Date} {string.Join(", ", f.Actors)} :: {f.Evidence[0].Sentence}");
        }
        output.WriteLine("-- duplicates");
        foreach (var f in report.DuplicateEvents)
        {
            output.WriteLine($"{f.Evidence[0].Source[..4]} {f.Type} {f.Date} {string.Join(", ", f.Actors)} :: {f.Evidence[0].Sentence}");
        }
        output.WriteLine("-- inexact dates");
        foreach (var (s, g, _) in report.Matches.Where(m => !m.ExactDate))
        {
            output.WriteLine($"{s.Type} {s.Date} vs {g.Head.Date} :: {s.Summary}");
        }
        output.WriteLine(report.Line);
    }
}
