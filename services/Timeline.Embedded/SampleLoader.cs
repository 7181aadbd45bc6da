using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Timeline.ServiceDefaults.Access;
using Timeline.Storage;

namespace Timeline.Embedded;

/// <summary>
/// On first start (an empty article store), posts the sample articles shipped in samples/articles to this
/// process's own ingestion API, so they travel the same path as any article and a fresh clone shows a timeline.
/// </summary>
internal sealed partial class SampleLoader(
    IHostApplicationLifetime lifetime,
    IServer server,
    IArticleStore articles,
    IConfiguration configuration,
    SamplesApiKey apiKey,
    ILogger<SampleLoader> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var folder = configuration["Embedded:SamplesPath"] ?? Path.Combine(AppContext.BaseDirectory, "samples", "articles");
        if (!configuration.GetValue("Embedded:LoadSamples", true) || !Directory.Exists(folder))
        {
            return;
        }

        if (!await WaitForStartAsync(stoppingToken) || await articles.CountAsync(stoppingToken) > 0)
        {
            return;
        }

        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            return;
        }

        using var http = new HttpClient { BaseAddress = new Uri(address.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)) };
        http.DefaultRequestHeaders.Add(ApiClients.Header, apiKey.Key);
        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToArray();
        var accepted = 0;
        foreach (var file in files)
        {
            using var content = new StringContent(await File.ReadAllTextAsync(file, stoppingToken));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync(new Uri("/api/v1/articles", UriKind.Relative), content, stoppingToken);
            if (response.IsSuccessStatusCode)
            {
                accepted++;
            }
            else
            {
                LogRejected(Path.GetFileName(file), (int)response.StatusCode);
            }
        }

        LogLoaded(accepted, files.Length, folder);
    }

    private async Task<bool> WaitForStartAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Accepted} of {Total} sample articles from {Folder}")]
    private partial void LogLoaded(int accepted, int total, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sample article {File} was rejected with HTTP {Status}")]
    private partial void LogRejected(string file, int status);
}
