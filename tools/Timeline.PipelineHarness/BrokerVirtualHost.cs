using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Timeline.PipelineHarness;

/// <summary>Depth of one queue: messages waiting, and messages delivered but not yet acknowledged.</summary>
public sealed record QueueDepth(string Name, long Ready, long Unacknowledged)
{
    /// <summary>Ready plus unacknowledged.</summary>
    public long Total => Ready + Unacknowledged;
}

/// <summary>How a queue is declared (durable, auto-delete, exclusive, its arguments as JSON) and how many messages it holds.</summary>
public sealed record QueueDeclaration(string Name, bool Durable, bool AutoDelete, bool Exclusive, string ArgumentsJson, long Messages);

/// <summary>
/// A fresh RabbitMQ virtual host, so a run's queues cannot mix with other traffic on the same broker. Created and
/// listed with rabbitmqctl on a local node, or through the management API (port 15672, RABBITMQ_URI's credentials)
/// where rabbitmqctl is not installed; deleted, with everything in it, on dispose.
/// </summary>
public sealed class BrokerVirtualHost : IAsyncDisposable
{
    private readonly Uri _baseUri;
    private IConnection? _probe;

    private BrokerVirtualHost(string name, Uri baseUri, Uri uri)
    {
        Name = name;
        _baseUri = baseUri;
        Uri = uri;
    }

    /// <summary>The virtual host's name.</summary>
    public string Name { get; }

    /// <summary>amqp URI of the virtual host, for RABBITMQ_URI.</summary>
    public Uri Uri { get; }

    /// <summary>The broker RABBITMQ_URI names, or the local default.</summary>
    public static Uri DefaultBroker => new(Environment.GetEnvironmentVariable("RABBITMQ_URI") is { Length: > 0 } u ? u : "amqp://guest:guest@localhost:5672/");

    /// <summary>Creates a virtual host named <paramref name="prefix"/> plus a random suffix and gives the URI's user every permission on it.</summary>
    public static async Task<BrokerVirtualHost> CreateAsync(string prefix = "timeline-", Uri? broker = null)
    {
        var baseUri = broker ?? DefaultBroker;
        var name = prefix + Guid.NewGuid().ToString("N")[..10];
        var user = Uri.UnescapeDataString(baseUri.UserInfo.Split(':')[0]);
        if (RabbitMqNode.HasRabbitMqCtl)
        {
            await RabbitMqNode.CtlAsync("add_vhost", name).ConfigureAwait(false);
            await RabbitMqNode.CtlAsync("set_permissions", "-p", name, user, ".*", ".*", ".*").ConfigureAwait(false);
        }
        else
        {
            using var api = ManagementApi(baseUri);
            (await api.PutAsync(new Uri("vhosts/" + Uri.EscapeDataString(name), UriKind.Relative), null).ConfigureAwait(false)).EnsureSuccessStatusCode();
            (await api.PutAsJsonAsync($"permissions/{Uri.EscapeDataString(name)}/{Uri.EscapeDataString(user)}",
                new { configure = ".*", write = ".*", read = ".*" }).ConfigureAwait(false)).EnsureSuccessStatusCode();
        }
        return new BrokerVirtualHost(name, baseUri, new UriBuilder(baseUri) { Path = "/" + Uri.EscapeDataString(name) }.Uri);
    }

    /// <summary>Every queue with its depth (ready and unacknowledged), as the broker's management side sees it.</summary>
    public async Task<IReadOnlyList<QueueDepth>> ListQueuesAsync()
    {
        JsonElement rows;
        if (RabbitMqNode.HasRabbitMqCtl)
        {
            rows = JsonDocument.Parse(await RabbitMqNode.CtlAsync("list_queues", "-p", Name, "--formatter", "json", "--quiet",
                "name", "messages_ready", "messages_unacknowledged").ConfigureAwait(false)).RootElement.Clone();
        }
        else
        {
            using var api = ManagementApi(_baseUri);
            rows = await api.GetFromJsonAsync<JsonElement>($"queues/{Uri.EscapeDataString(Name)}?columns=name,messages_ready,messages_unacknowledged").ConfigureAwait(false);
        }
        return rows.EnumerateArray()
            .Select(q => new QueueDepth(q.GetProperty("name").GetString()!, Count(q, "messages_ready"), Count(q, "messages_unacknowledged")))
            .ToList();
    }

    /// <summary>Every queue as it was declared, with its message count (ready plus unacknowledged).</summary>
    public async Task<IReadOnlyList<QueueDeclaration>> ListQueueDeclarationsAsync()
    {
        JsonElement rows;
        if (RabbitMqNode.HasRabbitMqCtl)
        {
            rows = JsonDocument.Parse(await RabbitMqNode.CtlAsync("list_queues", "-p", Name, "--formatter", "json", "--quiet",
                "name", "durable", "auto_delete", "exclusive", "arguments", "messages").ConfigureAwait(false)).RootElement.Clone();
        }
        else
        {
            using var api = ManagementApi(_baseUri);
            rows = await api.GetFromJsonAsync<JsonElement>($"queues/{Uri.EscapeDataString(Name)}?columns=name,durable,auto_delete,exclusive,arguments,messages").ConfigureAwait(false);
        }
        return rows.EnumerateArray()
            .Select(q => new QueueDeclaration(q.GetProperty("name").GetString()!, q.GetProperty("durable").GetBoolean(),
                q.GetProperty("auto_delete").GetBoolean(), q.GetProperty("exclusive").GetBoolean(),
                q.TryGetProperty("arguments", out var a) ? a.GetRawText() : "{}", Count(q, "messages")))
            .ToList();
    }

    /// <summary>The names of the exchanges applications declared (the broker's own amq.* and default exchange left out).</summary>
    public async Task<IReadOnlyList<string>> ListExchangesAsync()
    {
        IEnumerable<string> names;
        if (RabbitMqNode.HasRabbitMqCtl)
        {
            names = (await RabbitMqNode.CtlAsync("list_exchanges", "-p", Name, "--quiet", "--no-table-headers", "name").ConfigureAwait(false))
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        else
        {
            using var api = ManagementApi(_baseUri);
            var rows = await api.GetFromJsonAsync<JsonElement>($"exchanges/{Uri.EscapeDataString(Name)}?columns=name").ConfigureAwait(false);
            names = rows.EnumerateArray().Select(e => e.GetProperty("name").GetString() ?? "");
        }
        return names.Where(n => n.Length > 0 && !n.StartsWith("amq.", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Messages ready on a queue, asked over AMQP (a passive declare): cheap enough to poll many times a second, unlike
    /// rabbitmqctl. It does not count unacknowledged messages; confirm an empty pipeline with <see cref="ListQueuesAsync"/>.
    /// Null when the queue does not exist.
    /// </summary>
    public async Task<long?> ReadyCountAsync(string queue)
    {
        _probe ??= await new ConnectionFactory { Uri = Uri, ClientProvidedName = "harness-probe" }.CreateConnectionAsync().ConfigureAwait(false);
        await using var channel = await _probe.CreateChannelAsync().ConfigureAwait(false);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue).ConfigureAwait(false)).MessageCount;
        }
        catch (OperationInterruptedException)
        {
            return null;
        }
    }

    /// <summary>
    /// Publishes raw bytes to an exchange (declared as MassTransit declares it: durable fanout), persistent and confirmed,
    /// e.g. a poison message for a service's queue. <paramref name="contentType"/> defaults to MassTransit's JSON envelope.
    /// </summary>
    public async Task PublishRawAsync(string exchange, ReadOnlyMemory<byte> body, string contentType = "application/vnd.masstransit+json")
    {
        _probe ??= await new ConnectionFactory { Uri = Uri, ClientProvidedName = "harness-probe" }.CreateConnectionAsync().ConfigureAwait(false);
        await using var channel = await _probe.CreateChannelAsync(new CreateChannelOptions(true, true)).ConfigureAwait(false);
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true).ConfigureAwait(false);
        var properties = new BasicProperties { ContentType = contentType, DeliveryMode = DeliveryModes.Persistent };
        await channel.BasicPublishAsync(exchange, "", false, properties, body).ConfigureAwait(false);
    }

    /// <summary>Deletes the virtual host and everything in it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_probe is not null)
        {
            await _probe.DisposeAsync().ConfigureAwait(false);
        }
        if (RabbitMqNode.HasRabbitMqCtl)
        {
            await RabbitMqNode.CtlAsync("delete_vhost", Name).ConfigureAwait(false);
            return;
        }
        using var api = ManagementApi(_baseUri);
        (await api.DeleteAsync(new Uri("vhosts/" + Uri.EscapeDataString(Name), UriKind.Relative)).ConfigureAwait(false)).EnsureSuccessStatusCode();
    }

    private static long Count(JsonElement queue, string field) =>
        queue.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : 0;

    private static HttpClient ManagementApi(Uri broker)
    {
        var api = new HttpClient { BaseAddress = new Uri($"http://{broker.Host}:15672/api/"), Timeout = TimeSpan.FromSeconds(30) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(broker.UserInfo))));
        return api;
    }
}

/// <summary>The local RabbitMQ node: its process (for CPU and memory) and stopping and starting its application.</summary>
public static class RabbitMqNode
{
    /// <summary>True when rabbitmqctl is on PATH (a local node this machine manages).</summary>
    public static bool HasRabbitMqCtl { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Any(dir => File.Exists(Path.Combine(dir, "rabbitmqctl")));

    /// <summary>The broker's Erlang VM process (beam.smp), or null when none runs here (a remote broker).</summary>
    public static int? Pid => ProcessProbe.FindByName("beam.smp") is [var pid, ..] ? pid : null;

    /// <summary>Stops the RabbitMQ application while the node stays up (rabbitmqctl stop_app): clients lose their connections.</summary>
    public static Task StopAppAsync() => CtlAsync("stop_app");

    /// <summary>Starts the RabbitMQ application again (rabbitmqctl start_app) and waits until it runs.</summary>
    public static async Task StartAppAsync()
    {
        await CtlAsync("start_app").ConfigureAwait(false);
        await CtlAsync("await_startup").ConfigureAwait(false);
    }

    /// <summary>Runs rabbitmqctl with the arguments and returns what it printed; fails with its error output otherwise.</summary>
    public static async Task<string> CtlAsync(params string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var start = new ProcessStartInfo("rabbitmqctl") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("rabbitmqctl did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            var error = await stderr.ConfigureAwait(false);
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"rabbitmqctl {string.Join(' ', args)} failed ({process.ExitCode}): {error}"));
        }
        return stdout;
    }
}
