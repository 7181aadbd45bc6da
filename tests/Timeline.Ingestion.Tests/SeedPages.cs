using System.Text.Json;
using Timeline.Tests;

namespace Timeline.Ingestion.Tests;

/// <summary>The five scraped pages of the external corpus and their gold entries; a test reading them is skipped when they are absent.</summary>
internal static class SeedPages
{
    public static string Read(string prefix) =>
        File.ReadAllText(Directory.GetFiles(ExternalCorpus.Seeds, prefix + "_*.txt").Single());

    public static JsonElement Gold(string prefix)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(ExternalCorpus.SeedsGold));
        return doc.RootElement.EnumerateArray().Single(e => e.GetProperty("file").GetString()!.StartsWith(prefix + "_", StringComparison.Ordinal)).Clone();
    }
}
