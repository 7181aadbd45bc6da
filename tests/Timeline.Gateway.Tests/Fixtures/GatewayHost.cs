using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Contracts;
using Timeline.Gateway.Actors;
using Timeline.ServiceDefaults;
using Timeline.Storage;

namespace Timeline.Gateway.Tests.Fixtures;

/// <summary>Which store adapter a test host runs on.</summary>
public enum StoreKind
{
    Sqlite,
    Mongo,
}

/// <summary>The gateway as Program.cs wires it (storage, messaging on the in-memory bus, the service pipeline, endpoints), on a free loopback port.</summary>
public sealed class GatewayHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string? _sqlitePath;
    private string? _mongoDatabase;

    private GatewayHost(WebApplication app, string? sqlitePath, Uri baseAddress)
    {
        _app = app;
        _sqlitePath = sqlitePath;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public IEventStore Store => _app.Services.GetRequiredService<IEventStore>();

    public ActorDirectory Actors => _app.Services.GetRequiredService<ActorDirectory>();

    public static string? MongoUri => Environment.GetEnvironmentVariable("MONGODB_URI") is { Length: > 0 } uri ? uri : null;

    public static async Task<GatewayHost> StartAsync(StoreKind kind, IDictionary<string, string?>? settings = null, bool seed = true)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        string? sqlitePath = null;
        string? mongoDatabase = null;
        var config = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            ["Logging:LogLevel:MassTransit"] = "Warning",
            ["Gateway:RateLimit:PermitLimit"] = "100000",
            // The in-memory bus, even where RABBITMQ_URI is set for the tests that use the broker.
            ["RABBITMQ_URI"] = "",
        };
        if (kind == StoreKind.Sqlite)
        {
            sqlitePath = Path.Combine(Path.GetTempPath(), $"timeline-gateway-tests-{Guid.NewGuid():N}.db");
            config["TIMELINE_SQLITE_PATH"] = sqlitePath;
            config["MONGODB_URI"] = string.Empty; // this host is the SQLite variant even where MONGODB_URI is set
        }
        else
        {
            // A database of its own per host (named in the URI, as the adapter reads it), dropped on dispose.
            mongoDatabase = $"timeline_gateway_tests_{Guid.NewGuid():N}";
            config["MONGODB_URI"] = new MongoDB.Driver.MongoUrlBuilder(MongoUri ?? throw new InvalidOperationException("MONGODB_URI is not set."))
            {
                DatabaseName = mongoDatabase,
            }.ToString();
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }
        builder.Configuration.AddInMemoryCollection(config);

        builder.AddServiceDefaults("test");
        var clock = new SettableClock();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddTimelineStorage();
        builder.AddGateway();
        builder.AddTimelineMessaging(b => b.AddGatewayConsumers(), allowInMemory: true, configureBus: GatewayExtensions.ConfigureGatewayEndpoints);

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapGateway();
        await app.StartAsync();
        var host = new GatewayHost(app, sqlitePath, new Uri(app.Urls.First())) { _mongoDatabase = mongoDatabase };
        if (seed)
        {
            // Each event is recorded at the time it was last reported, so as-of queries see the history the seed describes.
            foreach (var e in SeedTimeline.Build(host.Actors))
            {
                clock.Pinned = e.LastReportedAt;
                Assert.True(await host.Store.TryInsertAsync(e, CancellationToken.None), $"seeding {e.Id}");
            }
            clock.Pinned = null;
        }
        return host;
    }

    /// <summary>Publishes a contract message on the host's bus, as the timeline service would.</summary>
    public async Task PublishAsync<T>(T message) where T : class
    {
        using var scope = _app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IPublishEndpoint>().Publish(message);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        if (_mongoDatabase is not null)
        {
            await _app.Services.GetRequiredService<MongoDB.Driver.IMongoClient>().DropDatabaseAsync(_mongoDatabase);
        }
        await _app.DisposeAsync();
        if (_sqlitePath is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _sqlitePath, _sqlitePath + "-wal", _sqlitePath + "-shm" })
            {
                try { File.Delete(file); } catch (IOException) { }
            }
        }
    }
}

/// <summary>One seeded gateway shared by the read-only tests of a class.</summary>
public abstract class GatewayFixture(StoreKind kind) : IAsyncLifetime
{
    private GatewayHost? _host;

    public StoreKind Kind { get; } = kind;

    public bool Available => Kind == StoreKind.Sqlite || GatewayHost.MongoUri is not null;

    public GatewayHost Host => _host ?? throw new InvalidOperationException("The host did not start.");

    public async ValueTask InitializeAsync()
    {
        if (Available)
        {
            _host = await GatewayHost.StartAsync(Kind);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteGatewayFixture() : GatewayFixture(StoreKind.Sqlite);

public sealed class MongoGatewayFixture() : GatewayFixture(StoreKind.Mongo);
