using System.Reflection;
using Timeline.Tests;

namespace Timeline.EndToEnd.Tests.Infrastructure;

/// <summary>Where the repo and the built services are.</summary>
internal static class RepoPaths
{
    public static string Root => ExternalCorpus.RepoRoot;

    /// <summary>The build configuration of these tests, which the services they start are built in too.</summary>
    public static string Configuration { get; } = typeof(RepoPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>The built dll of a service project, in the same configuration as these tests.</summary>
    public static string ServiceDll(string project)
    {
        var dll = Path.Combine(Root, "services", project, "bin", Configuration, "net10.0", project + ".dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"{project} is not built at {dll}");
    }
}
