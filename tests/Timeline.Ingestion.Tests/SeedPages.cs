using System.Text.Json;

namespace Timeline.Ingestion.Tests;

/// <summary>The five scraped pages in ../shared/corpus/seeds and their gold entries.</summary>
internal static class SeedPages
{
    public static string RepoRoot { get; } = FindRoot();

    public static string SeedsFolder => Path.Combine(RepoRoot, "..", "shared", "corpus", "seeds");

    public static string Read(string prefix) =>
        File.ReadAllText(Directory.GetFiles(SeedsFolder, prefix + "_*.txt").Single());

    public static JsonElement Gold(string prefix)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot, "..", "shared", "corpus", "seeds.gold.json")));
        return doc.RootElement.EnumerateArray().Single(e => e.GetProperty("file").GetString()!.StartsWith(prefix + "_", StringComparison.Ordinal)).Clone();
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
