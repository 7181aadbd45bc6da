using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Timeline.Tests;

namespace Timeline.EndToEnd.Tests.Infrastructure;

/// <summary>One Timeline service running as its own OS process, as in production, with its output captured.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ServiceProcess(string name, Process process, Uri baseAddress)
    {
        Name = name;
        _process = process;
        BaseAddress = baseAddress;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    /// <summary>Everything the process printed (JSON log lines), for diagnostics.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>Starts the built service on a free loopback port and waits until /health/ready answers 200.</summary>
    public static async Task<ServiceProcess> StartAsync(string project, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var dll = RepoPaths.ServiceDll(project);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + project);
        var service = new ServiceProcess(project, process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) service._output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) service._output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        await Poller.UntilAsync($"{project} to report ready", async () =>
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{project} exited with code {process.ExitCode}:{Environment.NewLine}{service.Output}");
            }
            using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            return response.StatusCode == HttpStatusCode.OK ? service : null;
        }, timeout, () => service.Output);
        return service;
    }

    /// <summary>Kills the process with SIGKILL (kill -9): no shutdown hooks run, in-flight work is cut off.</summary>
    public ValueTask KillAsync() => DisposeAsync();

    /// <summary>Kills the process; a second call does nothing, so a test may stop one service before the rest.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private bool _disposed;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
