using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Timeline.EndToEnd.Tests.Infrastructure;
using Timeline.Tests;

namespace Timeline.EndToEnd.Tests;

/// <summary>The four services as separate processes over the real RabbitMQ broker.</summary>
public sealed class PipelineOverRabbitMqTests
{
    private static readonly string[] AllServices = ["Timeline.Ingestion", "Timeline.Extraction", "Timeline.TimelineService", "Timeline.Gateway"];
    private static readonly string[] ServiceNames = ["timeline-ingestion", "timeline-extraction", "timeline-service", "timeline-gateway"];

    [Fact(Timeout = 300_000)]
    public async Task An_arabic_article_posted_to_ingestion_comes_out_of_the_gateway_as_dated_events_in_one_trace()
    {
        await using var timeline = await DistributedTimeline.StartAsync(AllServices);
        // A shipped sample (the Vostochny summit, 13 Sep 2023), in ingestion's JSON shape.
        var article = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "samples", "articles", "02-vostochny-summit-ar.json"), TestContext.Current.CancellationToken);
        var traceId = ActivityTraceId.CreateRandom();

        using var ingestion = new HttpClient { BaseAddress = timeline.Ingestion.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles")
        {
            Content = new StringContent(article, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", DistributedTimeline.ApiKey);
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        using var posted = await ingestion.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);

        using var gateway = new HttpClient { BaseAddress = timeline.Gateway.BaseAddress };
        var events = await Poller.UntilAsync("the gateway to list a dated Russia–North Korea event", async () =>
        {
            var page = await gateway.GetFromJsonAsync<JsonObject>("/api/v1/events?limit=100");
            var dated = page!["items"]!.AsArray()
                .Where(e => e!["date"] is JsonObject && Countries(e!).Contains("RU") && Countries(e!).Contains("KP"))
                .ToList();
            return dated.Count > 0 ? dated : null;
        }, TimeSpan.FromSeconds(60), () => timeline.Output);

        Assert.Contains(events, e => e!["date"]!["value"]!.GetValue<string>().StartsWith("2023-09", StringComparison.Ordinal));

        var spans = await Poller.UntilAsync("spans of all four services in the request's trace", () =>
        {
            var inTrace = timeline.Traces.Spans.Where(s => s.TraceId == traceId.ToHexString()).ToList();
            return Task.FromResult(ServiceNames.All(n => inTrace.Any(s => s.Service == n)) ? inTrace : null);
        }, TimeSpan.FromSeconds(90), () => "received: " + string.Join(", ", timeline.Traces.Spans.Select(s => $"{s.Service}:{s.Name}:{s.TraceId[..8]}").Distinct()));

        Assert.All(ServiceNames, n => Assert.Contains(spans, s => s.Service == n));
    }

    [Fact(Timeout = 180_000)]
    public async Task A_message_the_extraction_worker_cannot_read_lands_on_its_error_queue_with_the_reason_and_the_worker_goes_on()
    {
        await using var timeline = await DistributedTimeline.StartAsync("Timeline.Extraction");
        await using var broker = await RawBroker.ConnectAsync(timeline.Broker.Uri);
        var extracted = await broker.SubscribeAsync("Timeline.Contracts:EventsExtracted");

        // A well-formed envelope whose message does not fit the contract (articleId must be a string).
        await broker.PublishAsync("Timeline.Contracts:ArticleAccepted", """
            { "messageType": ["urn:message:Timeline.Contracts:ArticleAccepted"],
              "message": { "articleId": { "not": "a string" }, "body": 42 } }
            """);
        var fault = await Poller.UntilAsync("the bad message on extraction-article-accepted_error", () => broker.GetAsync("extraction-article-accepted_error"),
            TimeSpan.FromSeconds(30), () => timeline.Output);
        Assert.False(string.IsNullOrWhiteSpace(fault.Headers["MT-Fault-Message"]));

        // The consumer is still running: a good article is processed afterwards.
        await broker.PublishAsync("Timeline.Contracts:ArticleAccepted", JsonSerializer.Serialize(new
        {
            messageType = new[] { "urn:message:Timeline.Contracts:ArticleAccepted" },
            message = new
            {
                articleId = "art_after_fault",
                source = "e2e",
                language = "en",
                body = "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on 19 June 2024.",
                publishedAt = "2024-06-19T12:00:00Z",
                contentHash = "0",
                acceptedAt = "2024-06-19T12:00:00Z",
            },
        }));
        var result = await Poller.UntilAsync("EventsExtracted for the good article", () => extracted.NextAsync(), TimeSpan.FromSeconds(30), () => timeline.Output);
        Assert.Contains("art_after_fault", result.Body, StringComparison.Ordinal);
    }

    private static List<string> Countries(JsonNode e) => e["countries"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
}
