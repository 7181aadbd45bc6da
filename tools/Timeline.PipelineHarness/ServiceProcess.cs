using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Timeline.PipelineHarness;

/// <summary>
/// One Timeline service as its own OS process, started from its built output on a loopback port with the given environment.
/// It can be stopped gracefully, killed with SIGKILL and started again on the same port, and reports its CPU time and memory.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private const int OutputLines = 2000;
    private readonly string _dll;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly Queue<string> _output = new();
    private readonly Lock _outputGate = new();
    private Process? _process;

    private ServiceProcess(string project, string dll, int port, IReadOnlyDictionary<string, string> environment)
    {
        Project = project;
        _dll = dll;
        _environment = environment;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    /// <summary>The project name, e.g. Timeline.Gateway.</summary>
    public string Project { get; }

    /// <summary>Where it listens; the port stays the same across restarts.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The running process's id, or null while it is stopped.</summary>
    public int? Pid => _process is { HasExited: false } p ? p.Id : null;

    /// <summary>True while the process runs.</summary>
    public bool IsRunning => Pid is not null;

    /// <summary>The last lines the process printed (its JSON log), for diagnostics.</summary>
    public string Output
    {
        get { lock (_outputGate) { return string.Join(Environment.NewLine, _output); } }
    }

    /// <summary>CPU time used by the current process so far (user + system), or zero while stopped.</summary>
    public TimeSpan CpuTime => Pid is { } pid ? ProcessProbe.CpuTime(pid) ?? TimeSpan.Zero : TimeSpan.Zero;

    /// <summary>Peak resident memory of the current process (VmHWM), in bytes, or zero while stopped.</summary>
    public long PeakResidentBytes => Pid is { } pid ? ProcessProbe.PeakResidentBytes(pid) ?? 0 : 0;

    /// <summary>Resident memory of the current process now (VmRSS), in bytes, or zero while stopped.</summary>
    public long ResidentBytes => Pid is { } pid ? ProcessProbe.ResidentBytes(pid) ?? 0 : 0;

    /// <summary>Starts the built service (Release by default) on a free loopback port and waits until /health/ready answers 200.</summary>
    public static async Task<ServiceProcess> StartAsync(
        string project, IReadOnlyDictionary<string, string> environment, TimeSpan readyTimeout, string configuration = "Release", CancellationToken cancellationToken = default)
    {
        var service = new ServiceProcess(project, RepoLayout.ServiceDll(project, configuration), FreePort(), environment);
        await service.StartAgainAsync(readyTimeout, cancellationToken).ConfigureAwait(false);
        return service;
    }

    /// <summary>Starts the process again after a stop or a kill, with the same port and environment, and waits until ready.</summary>
    public async Task StartAgainAsync(TimeSpan readyTimeout, CancellationToken cancellationToken = default)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"{Project} is already running as {Pid}.");
        }
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(_dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(_dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + Project);
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process?.Dispose();
        _process = process;
        await WaitUntilReadyAsync(readyTimeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Polls /health/ready until it answers 200; fails with the process's output when it exits or the time runs out.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process is not { HasExited: false } process)
            {
                throw new InvalidOperationException($"{Project} exited with code {_process?.ExitCode}:{Environment.NewLine}{Output}");
            }
            try
            {
                using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative), cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A slow answer while it starts.
            }
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
        throw new TimeoutException($"{Project} was not ready within {timeout.TotalSeconds:0}s:{Environment.NewLine}{Output}");
    }

    /// <summary>Asks the process to stop (SIGTERM, so it drains as in a rolling update) and waits until it has exited.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        if (Pid is not { } pid)
        {
            return;
        }
        await Signal(pid, "TERM").ConfigureAwait(false);
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process!.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await KillAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Kills the process at once (SIGKILL, kill -9): no shutdown code runs, as in a crash or an OOM kill.</summary>
    public async Task KillAsync()
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync().ConfigureAwait(false);
    }

    /// <summary>Kills the process if it still runs.</summary>
    public async ValueTask DisposeAsync()
    {
        await KillAsync().ConfigureAwait(false);
        _process?.Dispose();
        _process = null;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_outputGate)
        {
            _output.Enqueue(line);
            if (_output.Count > OutputLines)
            {
                _output.Dequeue();
            }
        }
    }

    private static async Task Signal(int pid, string signal)
    {
        var kill = new ProcessStartInfo("kill") { UseShellExecute = false };
        kill.ArgumentList.Add("-s");
        kill.ArgumentList.Add(signal);
        kill.ArgumentList.Add(pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var process = Process.Start(kill) ?? throw new InvalidOperationException("could not run kill");
        await process.WaitForExitAsync().ConfigureAwait(false);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
