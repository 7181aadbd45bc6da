using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Timeline.EndToEnd.Tests.Infrastructure;
using Timeline.PipelineHarness;
using Timeline.Tests;

namespace Timeline.EndToEnd.Tests;

/// <summary>
/// The four services as processes under load while the broker goes away and each service is killed with SIGKILL.
/// Every check reads the stores' own contents: each accepted article is stored, applied and on the timeline exactly once.
/// </summary>
public sealed class FaultToleranceTests
{
    private static readonly string[] AllServices = ["Timeline.Ingestion", "Timeline.Extraction", "Timeline.TimelineService", "Timeline.Gateway"];
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(180);

    [Fact(Timeout = 420_000)]
    public async Task Articles_accepted_while_the_broker_is_unreachable_reach_the_timeline_once_it_returns()
    {
        await using var timeline = await DistributedTimeline.StartAsync(throughLink: true, AllServices);
        var load = new MeetingLoad(timeline);

        await load.PostAsync(0, 20);
        timeline.Link!.Cut();
        // Ingestion keeps accepting: the articles and their messages wait in its outbox until the broker is back.
        await load.PostAsync(20, 20);
        // The consumers cannot do their job without the broker, and say so to the load balancer.
        await Poller.UntilAsync("the extraction worker to report the broker outage on /health/ready",
            async () => await ReadinessAsync(timeline.Service("Timeline.Extraction")) == HttpStatusCode.ServiceUnavailable ? "down" : null,
            TimeSpan.FromSeconds(60), () => timeline.Output);
        timeline.Link.Restore();
        await load.PostAsync(40, 20);

        var audit = await load.SettleAsync(Settle);
        TestContext.Current.TestOutputHelper?.WriteLine("broker outage: " + audit);
        audit.AssertWhole();
    }

    /// <summary>Set by scripts/test.sh for the run that restarts the shared broker after every other test has finished.</summary>
    public const string BrokerRestartSwitch = "TIMELINE_TEST_BROKER_RESTART";

    [Fact(Timeout = 420_000)]
    [Trait("Category", "BrokerRestart")]
    public async Task Messages_waiting_in_the_broker_survive_a_restart_of_the_broker_mid_load()
    {
        Assert.SkipUnless(RabbitMqNode.HasRabbitMqCtl && Environment.GetEnvironmentVariable(BrokerRestartSwitch) == "1",
            $"restarts the shared RabbitMQ node: scripts/test.sh runs it on its own after the other tests ({BrokerRestartSwitch}=1, local rabbitmqctl).");
        await using var timeline = await DistributedTimeline.StartAsync(AllServices);
        var load = new MeetingLoad(timeline);

        await load.PostAsync(0, 20);
        // With the timeline service gone, extracted articles wait in its queue, where only the broker holds them.
        await timeline.Service("Timeline.TimelineService").KillAsync();
        await load.PostAsync(20, 20);
        await Poller.UntilAsync("extracted articles waiting in timeline-events-extracted", async () =>
            (await timeline.Broker.ListQueuesAsync()).Any(q => q.Name == "timeline-events-extracted" && q.Total >= 5) ? "waiting" : null,
            TimeSpan.FromSeconds(60), () => timeline.Output);

        await RabbitMqNode.StopAppAsync();
        try
        {
            await load.PostAsync(40, 10); // accepted into ingestion's outbox while the broker is down
        }
        finally
        {
            await RabbitMqNode.StartAppAsync();
        }
        await timeline.KillAndRestartAsync("Timeline.TimelineService");
        await load.PostAsync(50, 10);

        var audit = await load.SettleAsync(Settle);
        TestContext.Current.TestOutputHelper?.WriteLine("broker restart: " + audit);
        audit.AssertWhole();
    }

    [Fact(Timeout = 600_000)]
    public async Task Killing_each_service_with_sigkill_mid_load_loses_and_duplicates_nothing()
    {
        await using var timeline = await DistributedTimeline.StartAsync(AllServices);
        var load = new MeetingLoad(timeline);

        var next = 0;
        foreach (var victim in AllServices)
        {
            // Kill while articles are in flight: the batch is still being posted, extracted and merged.
            var inFlight = load.PostAsync(next, 15);
            await Poller.UntilAsync($"the first articles of the batch before killing {victim}", () => load.Accepted.Count > next + 3, TimeSpan.FromSeconds(60), () => timeline.Output);
            await timeline.KillAndRestartAsync(victim);
            await inFlight;
            next += 15;
        }

        var audit = await load.SettleAsync(Settle);
        TestContext.Current.TestOutputHelper?.WriteLine("kill -9 of each service: " + audit);
        audit.AssertWhole();
    }

    [Fact(Timeout = 240_000)]
    public async Task A_message_the_timeline_service_cannot_read_lands_on_its_error_queue_and_merging_goes_on()
    {
        await using var timeline = await DistributedTimeline.StartAsync(AllServices);
        await using var broker = await RawBroker.ConnectAsync(timeline.Broker.Uri);
        var load = new MeetingLoad(timeline);

        await broker.PublishAsync("Timeline.Contracts:EventsExtracted", """
            { "messageType": ["urn:message:Timeline.Contracts:EventsExtracted"], "message": { "articleId": ["not", "a", "string"], "events": 7 } }
            """);
        var fault = await Poller.UntilAsync("the poison message on timeline-events-extracted_error", () => broker.GetAsync("timeline-events-extracted_error"),
            TimeSpan.FromSeconds(60), () => timeline.Output);
        Assert.False(string.IsNullOrWhiteSpace(fault.Headers["MT-Fault-Message"]));

        await load.PostAsync(0, 10);
        var audit = await load.SettleAsync(Settle);
        audit.AssertWhole();
    }

    private static async Task<HttpStatusCode> ReadinessAsync(ServiceProcess service)
    {
        using var http = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return HttpStatusCode.ServiceUnavailable;
        }
    }

    /// <summary>
    /// Articles that each report one meeting of the two foreign ministers on a date of their own, a week apart, so the
    /// whole timeline is known in advance: one meeting event per accepted article, no more, no fewer.
    /// </summary>
    private sealed class MeetingLoad(DistributedTimeline timeline)
    {
        private static readonly DateOnly FirstMeeting = new(2022, 7, 4);
        private static readonly string[] Places = ["Moscow", "Pyongyang", "Vladivostok"];
        private static readonly string[] ArabicPlaces = ["موسكو", "بيونغ يانغ", "فلاديفوستوك"];
        private static readonly string[] ArabicMonths = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

        /// <summary>Article ids ingestion answered 202 for, with the meeting date each one reports.</summary>
        public System.Collections.Concurrent.ConcurrentDictionary<string, DateOnly> Accepted { get; } = new();

        public static DateOnly MeetingDate(int n) => FirstMeeting.AddDays(7 * n);

        /// <summary>Posts articles <paramref name="first"/>.. with two clients; a refused or cut-off post is retried until it is accepted.</summary>
        public Task PostAsync(int first, int count) =>
            Parallel.ForEachAsync(Enumerable.Range(first, count), new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (n, ct) =>
            {
                var date = MeetingDate(n);
                var id = await Poller.UntilAsync($"ingestion to accept article {n}", () => TryPostAsync(n, date),
                    TimeSpan.FromSeconds(120), () => timeline.Output);
                Accepted[id] = date;
            });

        private async Task<string?> TryPostAsync(int n, DateOnly date)
        {
            try
            {
                // The process may be restarting: each attempt asks again.
                using var http = new HttpClient { BaseAddress = timeline.Ingestion.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles") { Content = JsonContent.Create(Article(n, date)) };
                request.Headers.Add("X-Api-Key", DistributedTimeline.ApiKey);
                using var response = await http.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    return null;
                }
                // A retry of a post whose answer was lost is a duplicate of the stored article and returns its id.
                var body = await response.Content.ReadFromJsonAsync<JsonObject>();
                return body!["articles"]![0]!["id"]!.GetValue<string>();
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
            {
                return null;
            }
        }

        private static object Article(int n, DateOnly date)
        {
            var (language, title, lead) = n % 2 == 0 ? English(n, date) : Arabic(n, date);
            return new
            {
                source = "faults-" + language,
                url = $"https://faults.timeline.invalid/{language}/{n}",
                language,
                publishedAt = date.AddDays(1).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
                title,
                body = title + "\n" + lead,
            };
        }

        private static (string Language, string Title, string Lead) English(int n, DateOnly date)
        {
            var place = Places[n % Places.Length];
            return ("en", $"Lavrov and Choe meet in {place}",
                $"Russian Foreign Minister Sergei Lavrov held talks with North Korean Foreign Minister Choe Son Hui in {place} " +
                string.Create(CultureInfo.InvariantCulture, $"on {date:d MMMM yyyy}, the ministry said. Report number {n} of the fault suite."));
        }

        private static (string Language, string Title, string Lead) Arabic(int n, DateOnly date)
        {
            var place = ArabicPlaces[n % ArabicPlaces.Length];
            return ("ar", $"لافروف يلتقي تشوي في {place}",
                $"أجرى وزير الخارجية الروسي سيرغي لافروف محادثات مع وزيرة خارجية كوريا الشمالية تشوي سون هي في {place} " +
                $"يوم {date.Day} {ArabicMonths[date.Month - 1]} {date.Year}، وفق ما أعلنته الوزارة. التقرير رقم {n}.");
        }

        /// <summary>Waits until every accepted article is applied and on the timeline, then audits the store.</summary>
        public async Task<StoreAudit> SettleAsync(TimeSpan timeout)
        {
            StoreAudit? last = null;
            try
            {
                return await Poller.UntilAsync("every accepted article to be applied and on the timeline", async () =>
                {
                    last = await StoreAudit.ReadAsync(timeline.SqlitePath, Accepted);
                    return last.Lost == 0 && last.Applied == last.Accepted ? last : null;
                }, timeout, () => $"{last}{Environment.NewLine}{timeline.Output}");
            }
            catch (TimeoutException) when (last is not null)
            {
                last.AssertWhole();
                throw;
            }
        }
    }
}
