namespace Timeline.PipelineHarness;

/// <summary>Where the repository and the services' built outputs are.</summary>
public static class RepoLayout
{
    /// <summary>The repository root: the nearest folder above the working directory (or this assembly) holding Timeline.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The built dll of a service project, e.g. Timeline.Gateway in Release.</summary>
    public static string ServiceDll(string project, string configuration = "Release")
    {
        var dll = Path.Combine(Root, "services", project, "bin", configuration, "net10.0", project + ".dll");
        return File.Exists(dll)
            ? dll
            : throw new FileNotFoundException(
                $"{project} is not built at {dll}: dotnet build services/{project}/{project}.csproj -c {configuration}");
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Timeline.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new DirectoryNotFoundException("No Timeline.sln above the working directory or the tool's folder.");
    }
}
