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

    // The only services a host may reach; everything else stays on the internal network.
    private static readonly HashSet<string> PublishedServices = ["gateway", "ingestion"];

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

            if (PublishedServices.Contains(name))
            {
                Assert.Contains($"{port}:{port}", ((YamlSequenceNode)service["ports"]).Select(Scalar));
            }
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
                // The Secret is created by the operator, not kept in git: its README lists every key the manifests read.
                Assert.Contains($"| `{key.Groups[1].Value}` |", File.ReadAllText(Path.Combine(RepoPaths.Root, "deploy", "README.md")), StringComparison.Ordinal);
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

    [Fact]
    public void Compose_publishes_only_the_gateway_and_ingestion_and_keeps_the_rest_on_an_internal_network()
    {
        var compose = Load(Path.Combine(RepoPaths.Root, "docker-compose.yml"));
        var services = (YamlMappingNode)compose["services"];

        foreach (var (name, node) in services.Children.Select(kv => (Scalar(kv.Key), (YamlMappingNode)kv.Value)))
        {
            Assert.True(PublishedServices.Contains(name) == node.Children.ContainsKey("ports"), $"{name}: only {string.Join(" and ", PublishedServices)} publish ports");
            if (node.Children.TryGetValue("networks", out var networks) && !PublishedServices.Contains(name))
            {
                Assert.Equal(["backend"], ((YamlSequenceNode)networks).Select(Scalar));
            }
        }
        Assert.Equal("true", Scalar(((YamlMappingNode)((YamlMappingNode)compose["networks"])["backend"])["internal"]));
    }

    [Fact]
    public void Compose_refuses_to_start_without_real_credentials_and_MongoDB_requires_authentication()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "docker-compose.yml"));
        var code = string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith('#')));

        Assert.DoesNotContain("change-me", code, StringComparison.Ordinal);
        Assert.DoesNotContain(":-", code, StringComparison.Ordinal);
        Assert.All(Interpolation().Matches(code), m => Assert.StartsWith(":?", m.Groups[2].Value, StringComparison.Ordinal));
        var mongo = ((YamlSequenceNode)((YamlMappingNode)ComposeServices()["mongodb"])["command"]).Select(Scalar).ToList();
        Assert.Contains("--auth", mongo);
        Assert.Contains("--keyFile", mongo);
        foreach (var name in new[] { "ingestion", "timeline-service", "gateway" })
        {
            var uri = Scalar(((YamlMappingNode)((YamlMappingNode)ComposeServices()[name])["environment"])["MONGODB_URI"]);
            Assert.Matches(@"^mongodb://[a-z]+:\$\{[A-Z_]+:\?[^}]+\}@", uri);
        }
    }

    [Theory]
    [InlineData("change-me-gateway")]
    [InlineData("")]
    public async Task The_user_set_up_refuses_a_placeholder_or_empty_password(string password)
    {
        var (exitCode, calls) = await RunCreateUsersAsync(password);

        Assert.NotEqual(0, exitCode);
        Assert.Empty(calls);
    }

    [Fact]
    public void No_Kubernetes_manifest_keeps_a_secret_in_git()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "deploy", "k8s"), "*.yaml", SearchOption.AllDirectories))
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                stream.Load(reader);
            }
            foreach (var document in stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>())
            {
                var kind = document.Children.TryGetValue("kind", out var k) ? Scalar(k) : "";
                Assert.False(kind == "Secret", $"{file} holds a Secret; reference one the operator creates instead");
            }
            Assert.DoesNotContain("change-me", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_operator_permissions_are_the_ones_create_users_sets()
    {
        var (exitCode, calls) = await RunCreateUsersAsync("a-real-password");
        var script = calls.Where(c => c[0] == "set_permissions").ToDictionary(c => c[3], c => (c[4], c[5], c[6]));

        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(RepoPaths.Root, "deploy", "k8s", "infrastructure", "rabbitmq-users.yaml")))
        {
            stream.Load(reader);
        }
        var manifests = stream.Documents.Select(d => (YamlMappingNode)d.RootNode).Where(d => Scalar(d["kind"]) == "Permission")
            .ToDictionary(
                d => Scalar(((YamlMappingNode)((YamlMappingNode)d["spec"])["userReference"])["name"]).Replace("timeline-", "", StringComparison.Ordinal),
                d =>
                {
                    var p = (YamlMappingNode)((YamlMappingNode)d["spec"])["permissions"];
                    return (Scalar(p["configure"]), Scalar(p["write"]), Scalar(p["read"]));
                });

        Assert.Equal(0, exitCode);
        Assert.Equal(["extraction", "gateway", "ingestion", "timeline"], script.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(script.OrderBy(kv => kv.Key, StringComparer.Ordinal), manifests.OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }

    /// <summary>Runs create-users.sh with a stand-in for rabbitmqctl that records its calls instead of touching a broker.</summary>
    private static async Task<(int ExitCode, List<string[]> Calls)> RunCreateUsersAsync(string password)
    {
        var folder = Directory.CreateTempSubdirectory("timeline-create-users-");
        try
        {
            var log = Path.Combine(folder.FullName, "calls");
            var fake = Path.Combine(folder.FullName, "rabbitmqctl");
            await File.WriteAllTextAsync(fake, $"#!/bin/sh\nfor a in \"$@\"; do printf '%s\\t' \"$a\"; done >> '{log}'\necho >> '{log}'\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            var start = new System.Diagnostics.ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "deploy", "rabbitmq", "create-users.sh"));
            start.Environment["RABBITMQ_CTL"] = fake;
            foreach (var service in new[] { "INGESTION", "EXTRACTION", "TIMELINE", "GATEWAY" })
            {
                start.Environment[$"{service}_RABBITMQ_PASSWORD"] = service == "GATEWAY" ? password : "another-real-password";
            }
            using var process = System.Diagnostics.Process.Start(start)!;
            await process.StandardOutput.ReadToEndAsync();
            await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var calls = File.Exists(log)
                ? (await File.ReadAllLinesAsync(log)).Where(l => l.Length > 0).Select(l => l.TrimEnd('\t').Split('\t')).ToList()
                : [];
            return (process.ExitCode, calls);
        }
        finally
        {
            folder.Delete(recursive: true);
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

    [GeneratedRegex(@"\$\{([A-Za-z_]+)([^}]*)\}")]
    private static partial Regex Interpolation();
}
