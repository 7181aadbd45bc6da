using System.Reflection;

namespace Timeline.EndToEnd.Tests.Infrastructure;

/// <summary>Where the repo, the shared corpus and the built services are.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "..", "shared", "corpus", "seeds");

    public static string Gold => Path.Combine(Root, "..", "shared", "corpus", "seeds.gold.json");

    /// <summary>The built dll of a service project, in the same configuration as these tests.</summary>
    public static string ServiceDll(string project)
    {
        var configuration = typeof(RepoPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dll = Path.Combine(Root, "services", project, "bin", configuration, "net10.0", project + ".dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"{project} is not built at {dll}");
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
