using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using Timeline.EndToEnd.Tests.Infrastructure;
using Timeline.PipelineHarness;
using Timeline.Tests;

namespace Timeline.EndToEnd.Tests;

/// <summary>
/// The users deploy/rabbitmq/create-users.sh creates, on the real broker in a throw-away virtual host: each may use only
/// its own service's exchanges and queues, and the four services still run end to end with them.
/// </summary>
public sealed class BrokerPermissionsTests : IAsyncLifetime
{
    private readonly string _prefix = "t" + Guid.NewGuid().ToString("N")[..8] + "-";
    private readonly Dictionary<string, string> _passwords = new()
    {
        ["ingestion"] = Guid.NewGuid().ToString("N"),
        ["extraction"] = Guid.NewGuid().ToString("N"),
        ["timeline"] = Guid.NewGuid().ToString("N"),
        ["gateway"] = Guid.NewGuid().ToString("N"),
    };
    private BrokerVirtualHost? _vhost;

    private BrokerVirtualHost VirtualHost => _vhost ?? throw new InvalidOperationException("not initialised");

    public async ValueTask InitializeAsync()
    {
        _vhost = await BrokerVirtualHost.CreateAsync("timeline-test-");
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "deploy", "rabbitmq", "create-users.sh"));
        start.Environment["RABBITMQ_CTL"] = "rabbitmqctl";
        start.Environment["RABBITMQ_VHOST"] = _vhost.Name;
        start.Environment["RABBITMQ_USER_PREFIX"] = _prefix;
        start.Environment["INGESTION_RABBITMQ_PASSWORD"] = _passwords["ingestion"];
        start.Environment["EXTRACTION_RABBITMQ_PASSWORD"] = _passwords["extraction"];
        start.Environment["TIMELINE_RABBITMQ_PASSWORD"] = _passwords["timeline"];
        start.Environment["GATEWAY_RABBITMQ_PASSWORD"] = _passwords["gateway"];
        using var script = Process.Start(start)!;
        var output = await script.StandardOutput.ReadToEndAsync() + await script.StandardError.ReadToEndAsync();
        await script.WaitForExitAsync();
        Assert.True(script.ExitCode == 0, "create-users.sh failed: " + output);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var user in _passwords.Keys)
        {
            await RabbitMqNode.CtlAsync("delete_user", _prefix + user);
        }
        if (_vhost is not null)
        {
            await _vhost.DisposeAsync();
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task The_gateway_user_cannot_publish_to_the_extraction_exchange_while_the_extraction_user_can()
    {
        await using var admin = await RawBroker.ConnectAsync(VirtualHost.Uri);
        var extracted = await admin.SubscribeAsync("Timeline.Contracts:EventsExtracted");

        var gateway = await TryPublishAsync("gateway", "Timeline.Contracts:EventsExtracted");
        var extraction = await TryPublishAsync("extraction", "Timeline.Contracts:EventsExtracted");

        Assert.Equal(403, gateway);
        Assert.Equal(0, extraction);
        var delivered = await Poller.UntilAsync("the extraction user's message", () => extracted.NextAsync(), TimeSpan.FromSeconds(10));
        Assert.Contains("from-extraction", delivered.Body, StringComparison.Ordinal);
        Assert.Null(await extracted.NextAsync()); // the gateway's was refused before the extraction user published
    }

    [Theory(Timeout = 60_000)]
    [InlineData("ingestion", "Timeline.Contracts:EventsExtracted")]
    [InlineData("ingestion", "Timeline.Contracts:TimelineEventCreated")]
    [InlineData("extraction", "Timeline.Contracts:ArticleAccepted")]
    [InlineData("extraction", "Timeline.Contracts:TimelineEventCreated")]
    [InlineData("timeline", "Timeline.Contracts:ArticleAccepted")]
    [InlineData("gateway", "Timeline.Contracts:TimelineEventCreated")]
    [InlineData("gateway", "Timeline.Contracts:ArticleAccepted")]
    public async Task A_service_user_cannot_publish_another_stages_messages(string user, string exchange)
    {
        await using var admin = await RawBroker.ConnectAsync(VirtualHost.Uri);
        await admin.SubscribeAsync(exchange); // declares the exchange, as its owner would

        Assert.Equal(403, await TryPublishAsync(user, exchange));
    }

    [Fact(Timeout = 300_000)]
    public async Task The_four_services_run_end_to_end_each_with_its_own_restricted_user()
    {
        var data = Directory.CreateTempSubdirectory("timeline-e2e-users-");
        var services = new List<ServiceProcess>();
        try
        {
            foreach (var (project, user) in new[] { ("Timeline.Ingestion", "ingestion"), ("Timeline.Extraction", "extraction"), ("Timeline.TimelineService", "timeline"), ("Timeline.Gateway", "gateway") })
            {
                services.Add(await ServiceProcess.StartAsync(project, new Dictionary<string, string>
                {
                    ["RABBITMQ_URI"] = UserUri(user).ToString(),
                    ["TIMELINE_SQLITE_PATH"] = Path.Combine(data.FullName, "timeline.db"),
                    ["TIMELINE_API_KEYS"] = $"e2e:{DistributedTimeline.ApiKey}:ingest",
                }, TimeSpan.FromSeconds(60), RepoPaths.Configuration, TestContext.Current.CancellationToken));
            }
            string Output() => string.Join(Environment.NewLine, services.Select(s => $"--- {s.Project} ---{Environment.NewLine}{s.Output}"));

            using var ingestion = new HttpClient { BaseAddress = services[0].BaseAddress };
            ingestion.DefaultRequestHeaders.Add("X-Api-Key", DistributedTimeline.ApiKey);
            using var posted = await ingestion.PostAsJsonAsync("/api/v1/articles", new
            {
                body = "Russian Foreign Minister Sergei Lavrov met North Korean leader Kim Jong Un in Pyongyang on 19 October 2023, the Kremlin said.",
                publishedAt = "2023-10-19",
                source = "permissions-test",
                language = "en",
            }, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);

            using var gateway = new HttpClient { BaseAddress = services[3].BaseAddress };
            var events = await Poller.UntilAsync("the article's event at the gateway", async () =>
            {
                var page = await gateway.GetFromJsonAsync<JsonObject>("/api/v1/events?limit=10");
                return page!["items"]!.AsArray().Count > 0 ? page : null;
            }, TimeSpan.FromSeconds(60), Output);
            Assert.NotEmpty(events["items"]!.AsArray());
        }
        finally
        {
            foreach (var service in services)
            {
                await service.DisposeAsync();
            }
            try
            {
                data.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A process may still hold the SQLite file for a moment.
            }
        }
    }

    private Uri UserUri(string user) =>
        new UriBuilder(VirtualHost.Uri) { UserName = Uri.EscapeDataString(_prefix + user), Password = _passwords[user] }.Uri;

    /// <summary>Publishes with confirmations as <paramref name="user"/>: 0 when the broker took it, else the reply code that closed the channel.</summary>
    private async Task<int> TryPublishAsync(string user, string exchange)
    {
        await using var connection = await new ConnectionFactory { Uri = UserUri(user) }.CreateConnectionAsync(TestContext.Current.CancellationToken);
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), TestContext.Current.CancellationToken);
        try
        {
            await channel.BasicPublishAsync(exchange, "", mandatory: false, new BasicProperties(), Encoding.UTF8.GetBytes($"{{\"from\":\"from-{user}\"}}"), TestContext.Current.CancellationToken);
            return 0;
        }
        catch (Exception ex) when (ex is OperationInterruptedException or AlreadyClosedException or PublishException)
        {
            return channel.CloseReason?.ReplyCode ?? (ex as OperationInterruptedException)?.ShutdownReason?.ReplyCode ?? -1;
        }
    }
}
