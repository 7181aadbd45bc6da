using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Contracts;
using Timeline.Embedded;
using Timeline.Eval.Scoring;

namespace Timeline.Eval;

/// <summary>Runs the whole product in embedded mode over a gold corpus and returns the resulting timeline.</summary>
public static class EvalRun
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Starts the embedded app on a free port with a temporary SQLite file, ingests every gold article (any answer but 202
    /// fails the run), each once the one before is merged, and reads all events.
    /// </summary>
    public static async Task<IReadOnlyList<TimelineEvent>> RunAsync(string corpusDir, IReadOnlyList<GoldArticle> gold, TextWriter log, CancellationToken ct)
    {
        var dbPath = Path.Combine(Path.GetTempPath(), $"timeline-eval-{Guid.NewGuid():N}.db");
        try
        {
            // Settings go in as command-line configuration so they are in place before any service reads them.
            // The eval's key is registered the way any client's is (TIMELINE_API_KEYS) and sent as X-Api-Key.
            var apiKey = Environment.GetEnvironmentVariable("TIMELINE_API_KEY") is { Length: > 0 } given ? given : $"tk_eval-{Guid.NewGuid():N}";
            var app = EmbeddedTimeline.Build(
                [$"--TIMELINE_SQLITE_PATH={dbPath}", $"--TIMELINE_API_KEYS=eval:{apiKey}:ingest", "--Ingestion:RateLimit:PermitLimit=0", "--Urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft=Warning", "--Embedded:LoadSamples=false"],
                b => b.Configuration["Urls"] = "http://127.0.0.1:0");
            await app.StartAsync(ct);
            try
            {
                var pipeline = new PipelineProgress(app.Services);
                var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
                using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
                http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
                var passedOn = 0;
                foreach (var article in gold)
                {
                    var text = await File.ReadAllTextAsync(Path.Combine(corpusDir, article.File), ct);
                    using var response = await http.PostAsJsonAsync("/api/v1/articles", new
                    {
                        body = text,
                        publishedAt = article.Published,
                        source = article.File,
                        url = (string?)null,
                        language = article.Language,
                    }, ct);
                    var answer = await response.Content.ReadAsStringAsync(ct);
                    if (response.StatusCode != HttpStatusCode.Accepted)
                    {
                        // A score over a corpus the product did not take in would be a score of something else.
                        throw new InvalidOperationException($"ingesting {article.File} answered {(int)response.StatusCode}, not 202: {answer}");
                    }
                    // A duplicate is not passed on to extraction; accepted and near-duplicate articles are.
                    passedOn += JsonDocument.Parse(answer).RootElement.GetProperty("articles").EnumerateArray()
                        .Count(a => a.GetProperty("status").GetString() != "duplicate");
                    // One article at a time: merging is order-sensitive across articles, and a score that moves between runs
                    // of the same build cannot tell a better rule from a luckier order.
                    await pipeline.WaitUntilIdleAsync(passedOn, TimeSpan.FromSeconds(120), ct);
                    await log.WriteLineAsync($"ingested {article.File}: {(int)response.StatusCode}");
                }
                var events = await ReadAllAsync(http, ct);
                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"pipeline idle after {passedOn} articles; {events.Count} events"));
                return events;
            }
            finally
            {
                await app.StopAsync(CancellationToken.None);
                await app.DisposeAsync();
            }
        }
        finally
        {
            foreach (var f in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" })
            {
                try { File.Delete(f); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }
    }

    /// <summary>Reads every event, following nextCursor, each with every one of its mentions (list items carry a sample).</summary>
    public static async Task<IReadOnlyList<TimelineEvent>> ReadAllAsync(HttpClient http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        var all = new List<TimelineEvent>();
        string? cursor = null;
        do
        {
            var url = "/api/v1/events?limit=500" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
            var page = await http.GetFromJsonAsync<EventPage>(url, Json, ct) ?? new EventPage([], null);
            foreach (var e in page.Items)
            {
                all.Add(e.MentionCount > e.Mentions.Count ? e with { Mentions = await ReadMentionsAsync(http, e.Id, ct) } : e);
            }
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return all;
    }

    private static async Task<List<Mention>> ReadMentionsAsync(HttpClient http, string eventId, CancellationToken ct)
    {
        var mentions = new List<Mention>();
        string? cursor = null;
        do
        {
            var url = $"/api/v1/events/{Uri.EscapeDataString(eventId)}/mentions?limit=200" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
            var page = await http.GetFromJsonAsync<MentionPage>(url, Json, ct) ?? new MentionPage([], null);
            mentions.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return mentions;
    }

    /// <summary>The gateway's page of an event's mentions.</summary>
    /// <param name="Items">The mentions.</param>
    /// <param name="NextCursor">Cursor of the next page, or null.</param>
    public sealed record MentionPage(IReadOnlyList<Mention> Items, string? NextCursor);

    /// <summary>The gateway's page of events.</summary>
    /// <param name="Items">The events.</param>
    /// <param name="NextCursor">Cursor of the next page, or null.</param>
    public sealed record EventPage(IReadOnlyList<TimelineEvent> Items, string? NextCursor);
}
