using Timeline.PipelineHarness;

namespace Timeline.EndToEnd.Tests.Infrastructure;

/// <summary>The four services as separate processes on one RabbitMQ virtual host, one SQLite file and one OTLP collector.</summary>
public sealed class DistributedTimeline : IAsyncDisposable
{
    /// <summary>Key with both scopes, configured in every service through TIMELINE_API_KEYS.</summary>
    public const string ApiKey = "tk_e2e-ingest-and-admin";

    private readonly List<ServiceProcess> _services = [];
    private readonly string _dataDirectory;

    private DistributedTimeline(BrokerVirtualHost broker, OtlpTraceCollector traces, string dataDirectory, BrokerLink? link)
    {
        Broker = broker;
        Traces = traces;
        _dataDirectory = dataDirectory;
        Link = link;
    }

    public BrokerVirtualHost Broker { get; }

    public OtlpTraceCollector Traces { get; }

    /// <summary>The relay the services reach the broker through, when started with one.</summary>
    public BrokerLink? Link { get; }

    /// <summary>The SQLite file every service shares, to audit what the stores hold.</summary>
    public string SqlitePath => Path.Combine(_dataDirectory, "timeline.db");

    public ServiceProcess Ingestion => _services.Single(s => s.Project == "Timeline.Ingestion");

    public ServiceProcess Gateway => _services.Single(s => s.Project == "Timeline.Gateway");

    /// <summary>Everything every service printed, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _services.Select(s => $"--- {s.Project} ---{Environment.NewLine}{s.Output}"));

    public static Task<DistributedTimeline> StartAsync(params string[] projects) => StartAsync(throughLink: false, projects);

    /// <summary>Starts the services; with <paramref name="throughLink"/> they reach the broker through a <see cref="BrokerLink"/> the test can cut.</summary>
    public static async Task<DistributedTimeline> StartAsync(bool throughLink, params string[] projects)
    {
        var broker = await BrokerVirtualHost.CreateAsync("timeline-test-");
        var traces = await OtlpTraceCollector.StartAsync();
        var data = Directory.CreateTempSubdirectory("timeline-e2e-").FullName;
        var link = throughLink ? BrokerLink.Open(broker.Uri) : null;
        var timeline = new DistributedTimeline(broker, traces, data, link);
        var environment = new Dictionary<string, string>();
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["RABBITMQ_URI"] = (link?.Through(broker.Uri) ?? broker.Uri).ToString(),
            ["TIMELINE_SQLITE_PATH"] = Path.Combine(data, "timeline.db"),
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = traces.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_BLRP_SCHEDULE_DELAY"] = "200",
            ["TIMELINE_API_KEYS"] = $"e2e:{ApiKey}:ingest+admin",
        })
        {
            environment[key] = value;
        }
        try
        {
            var started = await Task.WhenAll(projects.Select(p => ServiceProcess.StartAsync(p, environment, TimeSpan.FromSeconds(60), RepoPaths.Configuration)));
            timeline._services.AddRange(started);
        }
        catch
        {
            await timeline.DisposeAsync();
            throw;
        }
        return timeline;
    }

    /// <summary>The running process of a project.</summary>
    public ServiceProcess Service(string project) => _services.Single(s => s.Project == project);

    /// <summary>Kills a service with SIGKILL and starts it again on the same port, store and broker.</summary>
    public async Task<ServiceProcess> KillAndRestartAsync(string project)
    {
        var service = Service(project);
        await service.KillAsync();
        await service.StartAgainAsync(TimeSpan.FromSeconds(60));
        return service;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in _services)
        {
            await service.DisposeAsync();
        }
        if (Link is not null)
        {
            await Link.DisposeAsync();
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
