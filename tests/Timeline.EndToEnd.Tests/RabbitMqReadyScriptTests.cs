using System.Diagnostics;
using Timeline.EndToEnd.Tests.Infrastructure;

namespace Timeline.EndToEnd.Tests;

/// <summary>
/// scripts/rabbitmq-ready.sh, which the test command runs before anything needs the broker, against stand-in RabbitMQ
/// tools: a stand-in node can be put in states the shared broker of this machine must never be put in (application
/// stopped, start_app broken). Any call it does not know blocks, so an unbounded wait shows as a slow run.
/// </summary>
public sealed class RabbitMqReadyScriptTests : IDisposable
{
    private readonly DirectoryInfo _tools = Directory.CreateTempSubdirectory("timeline-rabbitmq-stub-");

    private const string Stub = """
        #!/usr/bin/env bash
        # A stand-in for rabbitmqctl, rabbitmq-diagnostics and rabbitmq-server; state and call log beside it.
        dir=$(dirname "$0"); state=$(cat "$dir/state")
        echo "$(basename "$0") $*" >> "$dir/calls"
        case "$(basename "$0") $*" in
          "rabbitmqctl -q ping") [ "$state" != down ] ;;
          "rabbitmq-diagnostics -q check_running") [ "$state" = running ] ;;
          "rabbitmqctl -q start_app") [ -f "$dir/start-app-works" ] && echo running > "$dir/state"; true ;;
          "rabbitmq-server -detached") echo running > "$dir/state" ;;
          *) sleep 600 ;;
        esac
        """;

    public RabbitMqReadyScriptTests()
    {
        foreach (var name in new[] { "rabbitmqctl", "rabbitmq-diagnostics", "rabbitmq-server" })
        {
            var path = Path.Combine(_tools.FullName, name);
            File.WriteAllText(path, Stub.ReplaceLineEndings("\n"));
            // The script is bash and runs only where bash does.
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            }
        }
    }

    private async Task<(int ExitCode, string Output, TimeSpan Elapsed, string Calls)> RunAsync(string state, bool startAppWorks)
    {
        File.WriteAllText(Path.Combine(_tools.FullName, "state"), state + "\n");
        if (startAppWorks)
        {
            File.WriteAllText(Path.Combine(_tools.FullName, "start-app-works"), "");
        }
        var start = new ProcessStartInfo("bash", [Path.Combine(RepoPaths.Root, "scripts", "rabbitmq-ready.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PATH"] = _tools.FullName + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["RABBITMQ_WAIT_SECONDS"] = "4";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"rabbitmq-ready.sh still waits after {clock.Elapsed}: some wait is not bounded.");
        }
        var calls = Path.Combine(_tools.FullName, "calls");
        return (process.ExitCode, await output, clock.Elapsed, File.Exists(calls) ? File.ReadAllText(calls) : "");
    }

    [Fact]
    public async Task A_node_whose_application_is_stopped_gets_its_application_started()
    {
        var (exitCode, output, elapsed, calls) = await RunAsync("app-stopped", startAppWorks: true);

        Assert.Equal(0, exitCode);
        Assert.Contains("application is stopped", output, StringComparison.Ordinal);
        Assert.Contains("rabbitmqctl -q start_app", calls, StringComparison.Ordinal);
        Assert.True(elapsed < TimeSpan.FromSeconds(20), $"took {elapsed}");
    }

    [Fact]
    public async Task An_application_that_will_not_start_ends_the_wait_with_the_reason()
    {
        var (exitCode, output, elapsed, _) = await RunAsync("app-stopped", startAppWorks: false);

        Assert.Equal(1, exitCode);
        Assert.Contains("the node answers but its application does not run", output, StringComparison.Ordinal);
        Assert.True(elapsed < TimeSpan.FromSeconds(30), $"took {elapsed}: the wait is not bounded by RABBITMQ_WAIT_SECONDS");
    }

    [Fact]
    public async Task A_node_that_is_down_is_started()
    {
        var (exitCode, _, _, calls) = await RunAsync("down", startAppWorks: false);

        Assert.Equal(0, exitCode);
        Assert.Contains("rabbitmq-server -detached", calls, StringComparison.Ordinal);
        Assert.DoesNotContain("start_app", calls, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_running_node_is_left_alone()
    {
        var (exitCode, output, _, calls) = await RunAsync("running", startAppWorks: false);

        Assert.Equal(0, exitCode);
        Assert.Equal("", output);
        Assert.Equal("rabbitmq-diagnostics -q check_running", calls.Trim());
    }

    public void Dispose() => _tools.Delete(recursive: true);
}
