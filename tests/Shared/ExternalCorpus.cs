namespace Timeline.Tests;

/// <summary>
/// The corpus kept outside the repository (third-party pages and their gold), read from TIMELINE_CORPUS_DIR or, by
/// default, ../shared/corpus beside the repository. A test that needs it is skipped by name when it is absent, so a
/// clone on its own passes its tests.
/// </summary>
internal static class ExternalCorpus
{
    /// <summary>The folder holding Timeline.sln.</summary>
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>The corpus folder; a relative TIMELINE_CORPUS_DIR is taken from the repository root, as the default is.</summary>
    public static string Dir { get; } = Path.GetFullPath(
        Environment.GetEnvironmentVariable("TIMELINE_CORPUS_DIR") is { Length: > 0 } dir ? dir : Path.Combine("..", "shared", "corpus"),
        RepoRoot);

    /// <summary>The five scraped seed pages.</summary>
    public static string Seeds => Require(Path.Combine(Dir, "seeds"));

    /// <summary>The gold annotations of the seed pages.</summary>
    public static string SeedsGold => Require(Path.Combine(Dir, "seeds.gold.json"));

    /// <summary>Held-out realistic articles, for measuring generalisation.</summary>
    public static string Realistic => Require(Path.Combine(Dir, "realistic"));

    /// <summary>Returns <paramref name="path"/>, or skips the running test when it does not exist.</summary>
    public static string Require(string path)
    {
        Assert.SkipUnless(
            File.Exists(path) || Directory.Exists(path),
            $"{path} is absent: this test reads the external corpus (set TIMELINE_CORPUS_DIR, default ../shared/corpus beside the repository).");
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Timeline.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Timeline.sln not found above " + AppContext.BaseDirectory);
    }
}
