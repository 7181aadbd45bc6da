using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Timeline.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A fresh RabbitMQ virtual host for one test, so its queues and exchanges cannot mix with other tests' traffic
/// on the same broker. Created with rabbitmqctl on a local broker, or, where rabbitmqctl is not installed (CI's broker
/// in a container), through the management HTTP API on port 15672 with the RABBITMQ_URI credentials; removed, with
/// everything in it, on dispose.
/// </summary>
public sealed class RabbitMqVirtualHost : IAsyncDisposable
{
    private RabbitMqVirtualHost(string name, Uri uri)
    {
        Name = name;
        Uri = uri;
    }

    public string Name { get; }

    /// <summary>amqp URI of the virtual host, for RABBITMQ_URI.</summary>
    public Uri Uri { get; }

    public static async Task<RabbitMqVirtualHost> CreateAsync()
    {
        var baseUri = new Uri(Environment.GetEnvironmentVariable("RABBITMQ_URI") is { Length: > 0 } u ? u : "amqp://guest:guest@localhost:5672/");
        var name = "timeline-test-" + Guid.NewGuid().ToString("N")[..10];
        var user = Uri.UnescapeDataString(baseUri.UserInfo.Split(':')[0]);
        if (HasRabbitMqCtl)
        {
            await RabbitMqCtl("add_vhost", name);
            await RabbitMqCtl("set_permissions", "-p", name, user, ".*", ".*", ".*");
        }
        else
        {
            using var api = ManagementApi(baseUri);
            (await api.PutAsync(new Uri("vhosts/" + Uri.EscapeDataString(name), UriKind.Relative), null)).EnsureSuccessStatusCode();
            (await api.PutAsJsonAsync($"permissions/{Uri.EscapeDataString(name)}/{Uri.EscapeDataString(user)}",
                new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();
        }
        return new RabbitMqVirtualHost(name, new UriBuilder(baseUri) { Path = "/" + Uri.EscapeDataString(name) }.Uri);
    }

    public async ValueTask DisposeAsync()
    {
        if (HasRabbitMqCtl)
        {
            await RabbitMqCtl("delete_vhost", Name);
            return;
        }
        using var api = ManagementApi(Uri);
        (await api.DeleteAsync(new Uri("vhosts/" + Uri.EscapeDataString(Name), UriKind.Relative))).EnsureSuccessStatusCode();
    }

    /// <summary>True when rabbitmqctl is on PATH: the broker is a local node the tests may manage.</summary>
    public static bool HasRabbitMqCtl { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Any(dir => File.Exists(Path.Combine(dir, "rabbitmqctl")));

    private static HttpClient ManagementApi(Uri broker)
    {
        var api = new HttpClient { BaseAddress = new Uri($"http://{broker.Host}:15672/api/"), Timeout = TimeSpan.FromSeconds(30) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(broker.UserInfo))));
        return api;
    }

    /// <summary>The virtual host's queues as rabbitmqctl lists them: name, durable, auto_delete, exclusive, arguments, messages.</summary>
    public async Task<System.Text.Json.JsonElement> ListQueuesAsync() =>
        System.Text.Json.JsonDocument.Parse(await RabbitMqCtl("list_queues", "-p", Name, "--formatter", "json", "--quiet", "name", "durable", "auto_delete", "exclusive", "arguments", "messages")).RootElement.Clone();

    /// <summary>Runs rabbitmqctl (the local broker's) and returns what it printed.</summary>
    public static async Task<string> RabbitMqCtl(params string[] args)
    {
        var start = new ProcessStartInfo("rabbitmqctl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("rabbitmqctl did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"rabbitmqctl {string.Join(' ', args)} failed ({process.ExitCode}): {await stderr}. " +
                "The end-to-end tests need a local RabbitMQ: run scripts/test.sh, which installs and starts it.");
        }
        return stdout;
    }
}
