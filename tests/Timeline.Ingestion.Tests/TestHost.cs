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

    private IngestionHost(WebApplication app, string folder)
    {
        _app = app;
        _folder = folder;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public IArticleStore Store => _app.Services.GetRequiredService<IArticleStore>();

    public PublishedArticles Published => _app.Services.GetRequiredService<PublishedArticles>();

    public IServiceProvider Services => _app.Services;

    /// <summary>Stops the outbox dispatcher, so whatever a request writes for publishing stays in the store to be counted.</summary>
    public Task HoldPublishingAsync() => Services.GetRequiredService<OutboxDispatcher>().StopAsync(TestContext.Current.CancellationToken);

    /// <summary>How many ArticleAccepted messages wait in the outbox.</summary>
    public Task<long> PendingMessagesAsync() => Services.GetRequiredService<IOutbox>().CountAsync(IngestionOutbox.Stream.Name, TestContext.Current.CancellationToken);

    public static async Task<IngestionHost> StartAsync(long? maxBodyBytes = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "timeline-ingestion-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [StorageExtensions.SqlitePathKey] = Path.Combine(folder, "timeline.db"),
            [StorageExtensions.MongoUriKey] = "",
            [MessagingExtensions.RabbitMqUriKey] = "",
        });
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

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapIngestionEndpoints();
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new IngestionHost(app, folder);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
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
