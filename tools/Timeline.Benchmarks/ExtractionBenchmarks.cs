using BenchmarkDotNet.Attributes;
using Timeline.Extraction.Extraction;

namespace Timeline.Benchmarks;

/// <summary>Extraction of one ~10 KB Arabic article (the seed stories, concatenated) on one thread.</summary>
[MediumRunJob]
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private string _article = "";
    private readonly DateOnly _published = new(2024, 6, 19);

    /// <summary>Builds the article from the seed pages' story paragraphs (or a bundled paragraph when they are not found) and warms the data files.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var text = new System.Text.StringBuilder();
        var dir = FindSeeds();
        var paragraphs = dir is null
            ? [Fallback]
            : Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).SelectMany(File.ReadAllLines).Where(l => l.Length > 80).ToArray();
        var i = 0;
        while (text.Length < 10_000)
        {
            text.AppendLine(paragraphs[i++ % paragraphs.Length]);
        }
        _article = text.ToString()[..10_000];
        _ = EventExtractor.Default.Extract("warm", _article, _published);
    }

    /// <summary>Extracts every event mention of the article.</summary>
    [Benchmark]
    public int Extract10KbArabicArticle() => EventExtractor.Default.Extract("bench", _article, _published).Count;

    private const string Fallback = "اجتمع وزير الخارجية الروسي سيرغي لافروف مع زعيم كوريا الشمالية كيم جونغ أون الخميس، بعدما ندد بسياسة الولايات المتحدة \"الخطيرة\" حيال بيونغ يانغ. ووصل لافروف إلى بيونغ يانغ ليل الأربعاء.";

    private static string? FindSeeds()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Timeline.sln")))
        {
            dir = dir.Parent;
        }
        var seeds = dir is null ? null : Path.Combine(dir.FullName, "..", "shared", "corpus", "seeds");
        return seeds is not null && Directory.Exists(seeds) ? seeds : null;
    }
}
