namespace Timeline.EndToEnd.Tests.Infrastructure;

/// <summary>The four services as separate processes on one RabbitMQ virtual host, one SQLite file and one OTLP collector.</summary>
public sealed class DistributedTimeline : IAsyncDisposable
{
    /// <summary>Key with both scopes, configured in every service through TIMELINE_API_KEYS.</summary>
    public const string ApiKey = "tk_e2e-ingest-and-admin";

    private readonly List<ServiceProcess> _services = [];
    private readonly string _dataDirectory;

    private DistributedTimeline(RabbitMqVirtualHost broker, OtlpTraceCollector traces, string dataDirectory)
    {
        Broker = broker;
        Traces = traces;
        _dataDirectory = dataDirectory;
    }

    public RabbitMqVirtualHost Broker { get; }

    public OtlpTraceCollector Traces { get; }

    public ServiceProcess Ingestion => _services.Single(s => s.Name == "Timeline.Ingestion");

    public ServiceProcess Gateway => _services.Single(s => s.Name == "Timeline.Gateway");

    /// <summary>Everything every service printed, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _services.Select(s => $"--- {s.Name} ---{Environment.NewLine}{s.Output}"));

    public static async Task<DistributedTimeline> StartAsync(params string[] projects)
    {
        var broker = await RabbitMqVirtualHost.CreateAsync();
        var traces = await OtlpTraceCollector.StartAsync();
        var data = Directory.CreateTempSubdirectory("timeline-e2e-").FullName;
        var timeline = new DistributedTimeline(broker, traces, data);
        var environment = new Dictionary<string, string>
        {
            ["RABBITMQ_URI"] = broker.Uri.ToString(),
            ["TIMELINE_SQLITE_PATH"] = Path.Combine(data, "timeline.db"),
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = traces.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_BLRP_SCHEDULE_DELAY"] = "200",
            ["TIMELINE_API_KEYS"] = $"e2e:{ApiKey}:ingest+admin",
        };
        try
        {
            var started = await Task.WhenAll(projects.Select(p => ServiceProcess.StartAsync(p, environment, TimeSpan.FromSeconds(60))));
            timeline._services.AddRange(started);
        }
        catch
        {
            await timeline.DisposeAsync();
            throw;
        }
        return timeline;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in _services)
        {
            await service.DisposeAsync();
        }
        await Traces.DisposeAsync();
        await Broker.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A process may still hold the SQLite file for a moment; the temp folder is disposable.
        }
    }
}
