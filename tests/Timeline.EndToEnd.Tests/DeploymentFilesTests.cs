using System.Text.RegularExpressions;
using Timeline.EndToEnd.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Timeline.EndToEnd.Tests;

/// <summary>
/// docker-compose.yml and the Kubernetes manifests cannot be run on a machine without a container engine,
/// so these tests hold them to what the code actually is: projects, ports, health paths and settings.
/// </summary>
public sealed partial class DeploymentFilesTests
{
    private static readonly Dictionary<string, (string Project, int Port)> AppServices = new()
    {
        ["ingestion"] = ("Timeline.Ingestion", 8081),
        ["extraction"] = ("Timeline.Extraction", 8082),
        ["timeline-service"] = ("Timeline.TimelineService", 8083),
        ["gateway"] = ("Timeline.Gateway", 8080),
    };

    // Keys read by the frameworks rather than by our code.
    private static readonly HashSet<string> FrameworkKeys =
        ["URLS", "ASPNETCORE_ENVIRONMENT", "OTEL_EXPORTER_OTLP_PROTOCOL"];

    [Fact]
    public void Compose_builds_every_service_from_its_project_on_its_design_port_with_a_health_check()
    {
        var services = ComposeServices();
        foreach (var (name, (project, port)) in AppServices)
        {
            Assert.True(services.Children.ContainsKey(name), $"docker-compose.yml has no service '{name}'");
            var service = (YamlMappingNode)services[name];
            var build = (YamlMappingNode)service["build"];
            Assert.True(File.Exists(Path.Combine(RepoPaths.Root, Scalar(build["dockerfile"]))), $"{name}: Dockerfile missing");
            Assert.Equal(project, Scalar(((YamlMappingNode)build["args"])["PROJECT"]));
            Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "services", project, project + ".csproj")), $"{name}: no project {project}");

            var ports = ((YamlSequenceNode)service["ports"]).Select(Scalar).ToList();
            Assert.Contains($"{port}:{port}", ports);
            Assert.Equal($"http://0.0.0.0:{port}", Scalar(((YamlMappingNode)service["environment"])["URLS"]));
            var health = string.Join(' ', ((YamlSequenceNode)((YamlMappingNode)service["healthcheck"])["test"]).Select(Scalar));
            Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), health, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Compose_depends_only_on_services_it_defines_and_names_only_settings_the_code_reads()
    {
        var services = ComposeServices();
        var defined = services.Children.Keys.Select(Scalar).ToHashSet();
        var sourceText = string.Join('\n', Directory.GetFiles(Path.Combine(RepoPaths.Root, "services"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));

        foreach (var name in AppServices.Keys)
        {
            var service = (YamlMappingNode)services[name];
            foreach (var dependency in Keys((YamlMappingNode)service["depends_on"]))
            {
                Assert.Contains(dependency, defined);
            }
            foreach (var key in Keys((YamlMappingNode)service["environment"]))
            {
                Assert.True(FrameworkKeys.Contains(key) || sourceText.Contains($"\"{key}\"", StringComparison.Ordinal),
                    $"{name} sets {key}, which no service reads");
            }
        }

        var mongo = (YamlMappingNode)services["mongodb"];
        Assert.Contains("--replSet", ((YamlSequenceNode)mongo["command"]).Select(Scalar));
    }

    [Fact]
    public void Kubernetes_manifests_probe_the_health_endpoints_on_the_design_ports_and_scale_the_extraction_worker()
    {
        var dir = Path.Combine(RepoPaths.Root, "deploy", "k8s", "base");
        var kustomization = Load(Path.Combine(dir, "kustomization.yaml"));
        foreach (var resource in ((YamlSequenceNode)kustomization["resources"]).Select(Scalar))
        {
            Assert.True(File.Exists(Path.Combine(dir, resource)), $"kustomization lists missing {resource}");
        }

        foreach (var (name, (_, port)) in AppServices)
        {
            var text = File.ReadAllText(Path.Combine(dir, name + ".yaml"));
            Assert.Contains($"containerPort: {port}", text, StringComparison.Ordinal);
            Assert.Contains("path: /health/ready", text, StringComparison.Ordinal);
            Assert.Contains("path: /health/live", text, StringComparison.Ordinal);
            foreach (Match key in SecretKey().Matches(text))
            {
                Assert.Contains(key.Groups[1].Value + ":", File.ReadAllText(Path.Combine(dir, "config.yaml")), StringComparison.Ordinal);
            }
        }

        Assert.Contains("kind: HorizontalPodAutoscaler", File.ReadAllText(Path.Combine(dir, "extraction.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_service_health_endpoints_the_deployments_probe_are_the_ones_the_services_map()
    {
        var defaults = File.ReadAllText(Path.Combine(RepoPaths.Root, "services", "Timeline.ServiceDefaults", "ServiceDefaultsExtensions.cs"));
        Assert.Contains("\"/health/live\"", defaults, StringComparison.Ordinal);
        Assert.Contains("\"/health/ready\"", defaults, StringComparison.Ordinal);
        Assert.Contains("return app.MapDefaultEndpoints();", defaults, StringComparison.Ordinal);
        foreach (var (_, (project, port)) in AppServices)
        {
            var settings = File.ReadAllText(Path.Combine(RepoPaths.Root, "services", project, "appsettings.json"));
            Assert.Contains($":{port}", settings, StringComparison.Ordinal);
            // Either directly or through UseServiceDefaults, which maps them.
            Assert.Matches(@"\b(MapDefaultEndpoints|UseServiceDefaults)\(\)", File.ReadAllText(Path.Combine(RepoPaths.Root, "services", project, "Program.cs")));
        }
    }

    private static YamlMappingNode ComposeServices() => (YamlMappingNode)Load(Path.Combine(RepoPaths.Root, "docker-compose.yml"))["services"];

    private static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    /// <summary>The keys of a mapping, with YAML merge keys ("&lt;&lt;: *anchor") expanded.</summary>
    private static IEnumerable<string> Keys(YamlMappingNode mapping) =>
        mapping.Children.SelectMany(kv => Scalar(kv.Key) == "<<" ? Keys((YamlMappingNode)kv.Value) : [Scalar(kv.Key)]);

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? "";

    [GeneratedRegex(@"key: ([A-Z_]+)")]
    private static partial Regex SecretKey();
}
