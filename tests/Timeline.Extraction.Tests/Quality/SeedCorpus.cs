using System.Globalization;
using Timeline.Eval.Scoring;
using Timeline.Extraction.Extraction;

namespace Timeline.Extraction.Tests.Quality;

/// <summary>The five scraped seed pages and their gold annotations, read from ../shared/corpus/.</summary>
internal static class SeedCorpus
{
    public static string Root { get; } = FindRoot();

    public static string Dir => Path.Combine(Root, "..", "shared", "corpus", "seeds");

    public static IReadOnlyList<GoldArticle> Gold { get; } = GoldFile.Load(Path.Combine(Root, "..", "shared", "corpus", "seeds.gold.json"));

    public static string Read(string file) => File.ReadAllText(Path.Combine(Dir, file));

    /// <summary>Runs the extractor over the story part of every seed page and scores it like Eval does.</summary>
    public static (ScoreReport Report, List<SystemEvent> Mentions) ScoreExtractorOnStories()
    {
        var mentions = new List<(SystemEvent, IReadOnlyList<string>)>();
        foreach (var article in Gold)
        {
            var text = Read(article.File);
            var (start, end) = article.StoryRange(text);
            var story = text[start..end];
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

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Timeline.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Timeline.sln not found above " + AppContext.BaseDirectory);
    }
}
