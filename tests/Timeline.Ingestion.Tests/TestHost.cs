using System.Collections.Concurrent;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Timeline.Contracts;
using Timeline.Ingestion.Publishing;
using Timeline.ServiceDefaults;
using Timeline.ServiceDefaults.Outbox;
using Timeline.Storage;
using Timeline.Storage.Outbox;
using Timeline.Tests;

namespace Timeline.Ingestion.Tests;

/// <summary>The ingestion service as Program.cs composes it, on a temp SQLite file, the in-memory bus and a test server.</summary>
internal sealed class IngestionHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;

    /// <summary>Key of the client "ingestion-tests", with both scopes.</summary>
    public const string Key = "tk_test-ingest-and-admin";

    /// <summary>Key of the client "ingest-only", without admin.</summary>
    public const string IngestOnlyKey = "tk_test-ingest-only";

    private IngestionHost(WebApplication app, string folder, Uri? address)
    {
        _app = app;
        _folder = folder;
        Address = address;
        Client = address is null ? app.GetTestClient() : new HttpClient { BaseAddress = address };
        Client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        Anonymous = address is null ? app.GetTestClient() : new HttpClient { BaseAddress = address };
    }

    /// <summary>The Kestrel address when started with <c>kestrel: true</c>, for raw HTTP; null on the test server.</summary>
    public Uri? Address { get; }

    /// <summary>A client sending the test key with both scopes.</summary>
    public HttpClient Client { get; }

    /// <summary>A client sending no key.</summary>
    public HttpClient Anonymous { get; }

    public IArticleStore Store => _app.Services.GetRequiredService<IArticleStore>();

    public PublishedArticles Published => _app.Services.GetRequiredService<PublishedArticles>();

    public IServiceProvider Services => _app.Services;

    /// <summary>Stops the outbox dispatcher, so whatever a request writes for publishing stays in the store to be counted.</summary>
    public Task HoldPublishingAsync() => Services.GetRequiredService<OutboxDispatcher>().StopAsync(TestContext.Current.CancellationToken);

    /// <summary>How many ArticleAccepted messages wait in the outbox.</summary>
    public Task<long> PendingMessagesAsync() => Services.GetRequiredService<IOutbox>().CountAsync(IngestionOutbox.Stream.Name, TestContext.Current.CancellationToken);

    /// <summary>Starts the host; <paramref name="kestrel"/> serves it on a real loopback port (chunked bodies are parsed by Kestrel only).</summary>
    public static async Task<IngestionHost> StartAsync(long? maxBodyBytes = null, IDictionary<string, string?>? settings = null, bool kestrel = false, Action<WebApplicationBuilder>? configure = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "timeline-ingestion-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var builder = WebApplication.CreateBuilder();
        if (kestrel)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [StorageExtensions.SqlitePathKey] = Path.Combine(folder, "timeline.db"),
            [StorageExtensions.MongoUriKey] = "",
            [MessagingExtensions.RabbitMqUriKey] = "",
            ["TIMELINE_API_KEYS"] = $"ingestion-tests:{Key}:ingest+admin;ingest-only:{IngestOnlyKey}:ingest",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        if (maxBodyBytes is { } max)
        {
            builder.Configuration["Ingestion:MaxBodyBytes"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        builder.AddServiceDefaults("timeline-ingestion-tests");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddTimelineStorage();
        builder.AddIngestion();
        builder.Services.AddSingleton<PublishedArticles>();
        builder.AddTimelineMessaging(bus => bus.AddConsumer<RecordingConsumer>(), allowInMemory: true);

        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapDefaultEndpoints();
        app.MapIngestionEndpoints();
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new IngestionHost(app, folder, kestrel ? new Uri(app.Urls.First()) : null);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Anonymous.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind does no harm.
        }
    }
}

/// <summary>Every ArticleAccepted the bus delivered.</summary>
internal sealed class PublishedArticles
{
    private readonly ConcurrentQueue<ArticleAccepted> _messages = new();

    public IReadOnlyList<ArticleAccepted> All => [.. _messages];

    public void Add(ArticleAccepted message) => _messages.Enqueue(message);

    /// <summary>Waits until at least <paramref name="count"/> messages arrived (failing after 10 s), then returns them all.</summary>
    public async Task<IReadOnlyList<ArticleAccepted>> WaitForAsync(int count)
    {
        await Poller.UntilAsync($"{count} ArticleAccepted messages", () => _messages.Count >= count, TimeSpan.FromSeconds(10), () => $"got {_messages.Count}");
        return All;
    }
}

internal sealed class RecordingConsumer(PublishedArticles published) : IConsumer<ArticleAccepted>
{
    public Task Consume(ConsumeContext<ArticleAccepted> context)
    {
        published.Add(context.Message);
        return Task.CompletedTask;
    }
}
