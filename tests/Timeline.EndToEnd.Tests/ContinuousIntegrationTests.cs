using System.Text.RegularExpressions;
using Timeline.EndToEnd.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Timeline.EndToEnd.Tests;

/// <summary>
/// .github/workflows/ci.yml cannot run on this machine, so it is held here to what the README promises (its jobs and
/// their steps, in order) and to what each step must do to test something rather than pass on nothing.
/// </summary>
public sealed partial class ContinuousIntegrationTests
{
    private static readonly string WorkflowPath = Path.Combine(RepoPaths.Root, ".github", "workflows", "ci.yml");

    private static YamlMappingNode Workflow()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(WorkflowPath);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Job(string id) => (YamlMappingNode)((YamlMappingNode)Workflow()["jobs"])[id];

    private static List<YamlMappingNode> Steps(string job) => [.. ((YamlSequenceNode)Job(job)["steps"]).Cast<YamlMappingNode>()];

    private static string? Value(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static YamlMappingNode Step(string job, string name) =>
        Steps(job).SingleOrDefault(s => Value(s, "name") == name) ?? throw new Xunit.Sdk.XunitException($"job {job} has no step '{name}'");

    /// <summary>The README's table: job id → step names in order.</summary>
    private static Dictionary<string, string[]> PromisedSteps()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var start = readme.IndexOf("## Continuous integration", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no 'Continuous integration' section");
        var section = readme[start..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        return PromiseRow().Matches(section).ToDictionary(
            m => m.Groups["job"].Value,
            m => m.Groups["steps"].Value.Split('→', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void The_workflow_has_the_jobs_and_steps_the_readme_promises_in_that_order()
    {
        var promised = PromisedSteps();
        Assert.Equal(["compose", "test"], promised.Keys.Order());

        foreach (var (job, steps) in promised)
        {
            var actual = Steps(job).Select(s => Value(s, "name")).ToList();
            var positions = steps.Select(s => actual.IndexOf(s)).ToList();
            Assert.All(steps.Zip(positions), p => Assert.True(p.Second >= 0, $"job {job} has no step '{p.First}'"));
            Assert.Equal(positions.Order(), positions);
            Assert.Equal("ubuntu-latest", Value(Job(job), "runs-on"));
        }
        var triggers = (YamlMappingNode)Workflow()["on"];
        Assert.Contains(new YamlScalarNode("push"), triggers.Children.Keys);
    }

    [Fact]
    public void The_test_job_runs_the_readme_command_against_rabbitmq_and_a_mongodb_replica_set()
    {
        var job = Job("test");
        var env = (YamlMappingNode)job["env"];

        Assert.Equal("bash scripts/test.sh", Value(Step("test", "Run the README test command"), "run"));
        Assert.Contains("bash scripts/test.sh", File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")), StringComparison.Ordinal);
        var rabbit = (YamlMappingNode)((YamlMappingNode)job["services"])["rabbitmq"];
        Assert.StartsWith("rabbitmq:", Value(rabbit, "image"), StringComparison.Ordinal);
        Assert.Contains("management", Value(rabbit, "image"), StringComparison.Ordinal);
        Assert.Equal(["5672:5672", "15672:15672"], ((YamlSequenceNode)rabbit["ports"]).Select(p => ((YamlScalarNode)p).Value));
        var rabbitEnv = (YamlMappingNode)rabbit["env"];
        Assert.Equal($"amqp://{Value(rabbitEnv, "RABBITMQ_DEFAULT_USER")}:{Value(rabbitEnv, "RABBITMQ_DEFAULT_PASS")}@localhost:5672/", Value(env, "RABBITMQ_URI"));

        Assert.Equal("mongodb://localhost:27017/?replicaSet=rs0", Value(env, "MONGODB_URI"));
        var mongo = Value(Step("test", "Start a MongoDB replica set"), "run")!;
        Assert.Contains("--replSet rs0", mongo, StringComparison.Ordinal);
        Assert.Contains("host: 'localhost:27017'", mongo, StringComparison.Ordinal);
        Assert.Contains("isWritablePrimary", mongo, StringComparison.Ordinal);
    }

    [Fact]
    public void The_test_job_pins_the_sdk_caches_packages_and_uploads_results_even_when_tests_fail()
    {
        var sdk = Step("test", "Set up the .NET SDK pinned in global.json");
        Assert.StartsWith("actions/setup-dotnet@", Value(sdk, "uses"), StringComparison.Ordinal);
        Assert.Equal("global.json", Value((YamlMappingNode)sdk["with"], "global-json-file"));
        Assert.Matches(@"""version"": ""\d+\.\d+\.\d+""", File.ReadAllText(Path.Combine(RepoPaths.Root, "global.json")));

        var cache = (YamlMappingNode)Step("test", "Cache NuGet packages")["with"];
        Assert.Equal("~/.nuget/packages", Value(cache, "path"));
        Assert.Contains("Directory.Packages.props", Value(cache, "key"), StringComparison.Ordinal);

        var upload = Step("test", "Upload test results");
        Assert.Equal("always()", Value(upload, "if"));
        var with = (YamlMappingNode)upload["with"];
        Assert.Equal("artifacts/test-results", Value(with, "path"));
        Assert.Equal("error", Value(with, "if-no-files-found"));
        // The test command writes its results where the upload reads them.
        Assert.Contains("results=artifacts/test-results", File.ReadAllText(Path.Combine(RepoPaths.Root, "scripts", "test.sh")), StringComparison.Ordinal);

        var mongoRan = Value(Step("test", "Check that the MongoDB runs executed"), "run")!;
        Assert.Contains("Skipped .*Mongo", mongoRan, StringComparison.Ordinal);
        Assert.Contains("[ \"$passed\" -gt 0 ]", mongoRan, StringComparison.Ordinal);
        // Each suite it counts exists, and needs the server (skips without MONGODB_URI).
        foreach (var suite in new[] { "MongoStoreTests", "MongoQueryPlanTests" })
        {
            Assert.Contains(suite, mongoRan, StringComparison.Ordinal);
            Assert.Contains("MONGODB_URI", File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Timeline.Storage.Tests", suite + ".cs")), StringComparison.Ordinal);
        }
        Assert.Contains("'Mongo[A-Za-z]*ApiTests'", mongoRan, StringComparison.Ordinal);
    }

    [Fact]
    public void The_compose_job_checks_health_the_article_at_the_gateway_and_one_trace_across_the_four_services()
    {
        Assert.Equal("docker compose build", Value(Step("compose", "Build the images"), "run"));
        Assert.StartsWith("docker compose up", Value(Step("compose", "Start the stack"), "run"), StringComparison.Ordinal);
        var health = Value(Step("compose", "Wait until every service is healthy"), "run")!;
        Assert.Contains("for port in 8080 8081 8082 8083", health, StringComparison.Ordinal);
        Assert.Contains("/health/ready", health, StringComparison.Ordinal);

        var post = Value(Step("compose", "Post a sample article"), "run")!;
        var sample = SamplePath().Match(post).Groups[1].Value;
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, sample)), $"the job posts {sample}, which does not exist");
        Assert.Contains("http://localhost:8081/api/v1/articles", post, StringComparison.Ordinal);
        Assert.Contains("traceparent: 00-$trace-", post, StringComparison.Ordinal);

        Assert.Contains("http://localhost:8080/api/v1/events", Value(Step("compose", "Read it back from the gateway"), "run"), StringComparison.Ordinal);

        // The four names Jaeger must show are the ones the services give themselves.
        var trace = Value(Step("compose", "Check that one trace spans all four services"), "run")!;
        var names = Directory.GetFiles(Path.Combine(RepoPaths.Root, "services"), "Program.cs", SearchOption.AllDirectories)
            .SelectMany(f => ServiceName().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(4, names.Count);
        Assert.Contains($"want=\"{string.Join(' ', names)}\"", trace, StringComparison.Ordinal);
        Assert.Contains("/api/traces/$TRACE_ID", trace, StringComparison.Ordinal);
        // The stack keeps Jaeger and the internal health ports unpublished; the job's override publishes them on loopback.
        var secrets = Value(Step("compose", "Write the secrets"), "run")!;
        Assert.Contains("COMPOSE_FILE=docker-compose.yml:.github/compose.ci.yml", secrets, StringComparison.Ordinal);
        Assert.Contains("TIMELINE_API_KEYS=ci:$key:ingest+admin", secrets, StringComparison.Ordinal);
        Assert.Contains("X-Api-Key: $TIMELINE_API_KEY", post, StringComparison.Ordinal);
        var overrideFile = File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "compose.ci.yml"));
        foreach (var port in new[] { "8082", "8083", "16686" })
        {
            Assert.Contains($"127.0.0.1:{port}:{port}", overrideFile, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("\"16686:16686\"", File.ReadAllText(Path.Combine(RepoPaths.Root, "docker-compose.yml")), StringComparison.Ordinal);

        Assert.Equal("always()", Value(Step("compose", "Stop the stack"), "if"));
    }

    [Fact]
    public void No_step_can_pass_without_doing_its_check()
    {
        foreach (var job in new[] { "test", "compose" })
        {
            Assert.Null(Value(Job(job), "continue-on-error"));
            Assert.NotNull(Value(Job(job), "timeout-minutes"));
            foreach (var step in Steps(job))
            {
                var name = Value(step, "name");
                Assert.False(string.IsNullOrWhiteSpace(name), $"job {job} has a step without a name");
                Assert.Null(Value(step, "continue-on-error"));
                var run = Value(step, "run") ?? "";
                Assert.DoesNotContain("|| true", run, StringComparison.Ordinal);
                Assert.DoesNotContain("set +e", run, StringComparison.Ordinal);
                // A polling step must end by failing when its loop ran out.
                if (run.Contains("for _ in", StringComparison.Ordinal))
                {
                    Assert.True(run.TrimEnd().EndsWith("exit 1", StringComparison.Ordinal), $"{job}/{name}: a wait that runs out must fail the step");
                }
            }
        }
    }

    [GeneratedRegex(@"^\| `(?<job>[a-z-]+)`[^|]*\| (?<steps>[^|]+) \|$", RegexOptions.Multiline)]
    private static partial Regex PromiseRow();

    [GeneratedRegex(@"--data-binary @(samples/\S+)")]
    private static partial Regex SamplePath();

    [GeneratedRegex(@"AddServiceDefaults\(""([^""]+)""\)")]
    private static partial Regex ServiceName();
}
