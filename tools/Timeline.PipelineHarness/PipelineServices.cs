using System.Security.Cryptography;

namespace Timeline.PipelineHarness;

/// <summary>Where the services keep their SQLite data.</summary>
public enum SqliteLayout
{
    /// <summary>Ingestion's articles in one file, the events (timeline service and gateway) in another: no writer waits for another service's lock, as with MongoDB.</summary>
    PerStore,
    /// <summary>One file for every service, as the README's local set-up does.</summary>
    Shared,
}

/// <summary>
/// The four Timeline services as separate OS processes on a fresh RabbitMQ virtual host and fresh SQLite files in a
/// temporary folder, with one API key (ingest and admin scopes) configured in each. Disposing stops every process,
/// deletes the virtual host and the folder.
/// </summary>
public sealed class PipelineServices : IAsyncDisposable
{
    /// <summary>The services in pipeline order.</summary>
    public static readonly IReadOnlyList<string> AllProjects = ["Timeline.Ingestion", "Timeline.Extraction", "Timeline.TimelineService", "Timeline.Gateway"];

    private readonly List<ServiceProcess> _services = [];

    private PipelineServices(BrokerVirtualHost broker, string dataDirectory, string apiKey, SqliteLayout layout)
    {
        Broker = broker;
        DataDirectory = dataDirectory;
        ApiKey = apiKey;
        Layout = layout;
    }

    /// <summary>Where the services keep their data.</summary>
    public SqliteLayout Layout { get; }

    /// <summary>The virtual host the services share.</summary>
    public BrokerVirtualHost Broker { get; }

    /// <summary>The temporary folder holding the SQLite file(s).</summary>
    public string DataDirectory { get; }

    /// <summary>The SQLite file a service uses (the events file for the timeline service and the gateway).</summary>
    public string SqlitePath(string project) =>
        Path.Combine(DataDirectory, Layout == SqliteLayout.PerStore && project == "Timeline.Ingestion" ? "articles.db" : "timeline.db");

    /// <summary>A key with the ingest and admin scopes, for X-Api-Key.</summary>
    public string ApiKey { get; }

    /// <summary>The running services, in the order they were started.</summary>
    public IReadOnlyList<ServiceProcess> Services => _services;

    /// <summary>Ingestion's process.</summary>
    public ServiceProcess Ingestion => Service("Timeline.Ingestion");

    /// <summary>The gateway's process.</summary>
    public ServiceProcess Gateway => Service("Timeline.Gateway");

    /// <summary>A service by project name, e.g. Timeline.Extraction.</summary>
    public ServiceProcess Service(string project) => _services.Single(s => s.Project == project);

    /// <summary>What every service printed last, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _services.Select(s => $"--- {s.Project} ---{Environment.NewLine}{s.Output}"));

    /// <summary>
    /// Creates the virtual host and the data folder and starts <paramref name="projects"/> (all four by default) from
    /// their built outputs, waiting until each is ready. <paramref name="environment"/> adds or overrides variables.
    /// </summary>
    public static async Task<PipelineServices> StartAsync(
        IEnumerable<string>? projects = null,
        IReadOnlyDictionary<string, string>? environment = null,
        string configuration = "Release",
        SqliteLayout layout = SqliteLayout.PerStore,
        TimeSpan? readyTimeout = null,
        CancellationToken cancellationToken = default)
    {
        var broker = await BrokerVirtualHost.CreateAsync().ConfigureAwait(false);
        var data = Directory.CreateTempSubdirectory("timeline-pipeline-").FullName;
        var pipeline = new PipelineServices(broker, data, "tk_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)), layout);
        var env = new Dictionary<string, string>
        {
            ["RABBITMQ_URI"] = broker.Uri.ToString(),
            ["TIMELINE_API_KEYS"] = $"pipeline:{pipeline.ApiKey}:ingest+admin",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            env[key] = value;
        }
        try
        {
            // One after another: the services declare the topology they share, and starting four .NET processes at once on
            // two cores only makes each slower.
            foreach (var project in projects ?? AllProjects)
            {
                var own = new Dictionary<string, string>(env) { ["TIMELINE_SQLITE_PATH"] = pipeline.SqlitePath(project) };
                pipeline._services.Add(await ServiceProcess.StartAsync(project, own, readyTimeout ?? TimeSpan.FromSeconds(90), configuration, cancellationToken).ConfigureAwait(false));
            }
        }
        catch
        {
            await pipeline.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return pipeline;
    }

    /// <summary>Bytes of every file in the data folder (the SQLite file with its WAL and shared-memory files), by name.</summary>
    public IReadOnlyDictionary<string, long> DataFileSizes() =>
        Directory.EnumerateFiles(DataDirectory).ToDictionary(f => Path.GetFileName(f), f => new FileInfo(f).Length);

    /// <summary>Stops every process, deletes the virtual host and the data folder.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var service in _services)
        {
            await service.DisposeAsync().ConfigureAwait(false);
        }
        await Broker.DisposeAsync().ConfigureAwait(false);
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A process may hold the SQLite file for a moment after its end; the folder is in the temp area.
        }
    }
}
