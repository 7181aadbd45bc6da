using System.Reflection;
using Timeline.PipelineHarness;

namespace Timeline.EndToEnd.Tests.Infrastructure;

/// <summary>The services these tests start: built in the same configuration as the tests themselves.</summary>
internal static class RepoPaths
{
    public static string Root => RepoLayout.Root;

    /// <summary>The build configuration of these tests, which the services they start are built in too.</summary>
    public static string Configuration { get; } = typeof(RepoPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>The built dll of a service project, in the same configuration as these tests.</summary>
    public static string ServiceDll(string project) => RepoLayout.ServiceDll(project, Configuration);
}
