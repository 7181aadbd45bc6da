using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Timeline.PipelineLoad.Articles;

namespace Timeline.PipelineLoad;

/// <summary>Counts of what ingestion answered.</summary>
internal sealed class PostOutcomes
{
    public ConcurrentDictionary<string, int> ByStatus { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> Errors { get; } = new();

    public ConcurrentBag<double> PostMilliseconds { get; } = [];

    public int Posted => ByStatus.Values.Sum();
}

/// <summary>
/// Posts articles to ingestion with a number of concurrent clients, either as fast as they go or each article at its due
/// time for a set rate, and sends latency probes among them: a probe's time runs from its POST until the gateway lists
/// the meeting it reports (found by its date, which no other article uses).
/// </summary>
internal sealed class ArticlePoster(HttpClient ingestion, HttpClient gateway, string apiKey)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private readonly ConcurrentBag<double> _probeMilliseconds = [];
    private readonly List<Task> _probes = [];
    private readonly Lock _probesGate = new();
    private readonly ConcurrentDictionary<DateOnly, TaskCompletionSource> _outstanding = new();
    private Task? _watcher;
    private int _nextProbe;
    private int _watchQueries;

    /// <summary>Gateway queries the probe watcher sent.</summary>
    public int WatchQueries => _watchQueries;

    public PostOutcomes Outcomes { get; } = new();

    public IReadOnlyCollection<double> ProbeMilliseconds => _probeMilliseconds;

    public int ProbesSent => _nextProbe;

    public async Task PostAllAsync(int count, Func<int, GeneratedArticle> article, int clients, double rate, int probeEvery, CancellationToken cancellationToken)
    {
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(async worker =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                if (rate > 0)
                {
                    var due = TimeSpan.FromSeconds(i / rate) - clock.Elapsed;
                    if (due > TimeSpan.Zero)
                    {
                        await Task.Delay(due, cancellationToken);
                    }
                }
                if (probeEvery > 0 && i % probeEvery == probeEvery / 2 && _nextProbe < ArticleGenerator.MaxProbes - 1)
                {
                    _ = StartProbe(cancellationToken);
                }
                await PostAsync(article(i).Body, cancellationToken);
            }
        });
        await Task.WhenAll(workers);
    }

    /// <summary>Sends one more probe and waits for it: after the load, the pipeline has drained once the last probe is queryable.</summary>
    public Task LastProbeAsync(CancellationToken cancellationToken) => StartProbe(cancellationToken);

    public async Task AllProbesAsync()
    {
        Task[] probes;
        lock (_probesGate)
        {
            probes = [.. _probes];
        }
        await Task.WhenAll(probes);
    }

    private Task StartProbe(CancellationToken cancellationToken)
    {
        var k = Interlocked.Increment(ref _nextProbe) - 1;
        var probe = ProbeAsync(k, cancellationToken);
        lock (_probesGate)
        {
            _probes.Add(probe);
        }
        return probe;
    }

    private async Task ProbeAsync(int k, CancellationToken cancellationToken)
    {
        var article = ArticleGenerator.Probe(k);
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = Stopwatch.GetTimestamp();
        _outstanding[article.EventDate] = seen;
        EnsureWatching(cancellationToken);
        await PostAsync(article.Body, cancellationToken);
        await seen.Task.WaitAsync(cancellationToken);
        _probeMilliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private void EnsureWatching(CancellationToken cancellationToken)
    {
        lock (_probesGate)
        {
            _watcher ??= WatchAsync(cancellationToken);
        }
    }

    /// <summary>
    /// One query every 100 ms covers every probe still waiting (the span of their dates, which only probes use), so the
    /// gateway's cost of being watched stays the same however many probes are out.
    /// </summary>
    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(100, cancellationToken);
            if (_outstanding.IsEmpty)
            {
                continue;
            }
            var dates = _outstanding.Keys.ToList();
            var from = dates.Min().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var to = dates.Max().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            try
            {
                using var response = await gateway.GetAsync(new Uri($"/api/v1/events?from={from}&to={to}&limit=500", UriKind.Relative), cancellationToken);
                Interlocked.Increment(ref _watchQueries);
                if (!response.IsSuccessStatusCode)
                {
                    continue;
                }
                using var page = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
                foreach (var item in page.RootElement.GetProperty("items").EnumerateArray())
                {
                    if (item.TryGetProperty("date", out var date) && date.ValueKind == JsonValueKind.Object
                        && DateOnly.TryParse(date.GetProperty("value").GetString(), CultureInfo.InvariantCulture, out var day)
                        && _outstanding.TryRemove(day, out var probe))
                    {
                        probe.TrySetResult();
                    }
                }
            }
            catch (HttpRequestException)
            {
                // The gateway is busy or restarting: ask again.
            }
        }
    }

    /// <summary>
    /// Sends <paramref name="count"/> queries shaped like the watcher's (a range of probe dates), one after another, so the
    /// gateway's CPU per such query can be measured and its share taken out of the gateway's cost per article.
    /// </summary>
    public async Task SendWatcherQueriesAsync(int count, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            var from = ArticleGenerator.ProbeDate(i % 50).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var to = ArticleGenerator.ProbeDate(i % 50 + 10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            using var response = await gateway.GetAsync(new Uri($"/api/v1/events?from={from}&to={to}&limit=500", UriKind.Relative), cancellationToken);
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
    }

    private async Task PostAsync(byte[] body, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = Json;
        request.Headers.Add("X-Api-Key", apiKey);
        try
        {
            using var response = await ingestion.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            Outcomes.PostMilliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                Outcomes.ByStatus.AddOrUpdate($"HTTP {(int)response.StatusCode}", 1, (_, n) => n + 1);
                if (Outcomes.Errors.Count < 5)
                {
                    Outcomes.Errors.Enqueue($"{(int)response.StatusCode}: {text[..Math.Min(300, text.Length)]}");
                }
                return;
            }
            using var answer = JsonDocument.Parse(text);
            foreach (var item in answer.RootElement.GetProperty("articles").EnumerateArray())
            {
                Outcomes.ByStatus.AddOrUpdate(item.GetProperty("status").GetString() ?? "?", 1, (_, n) => n + 1);
            }
        }
        catch (HttpRequestException e)
        {
            Outcomes.ByStatus.AddOrUpdate("connection error", 1, (_, n) => n + 1);
            if (Outcomes.Errors.Count < 5)
            {
                Outcomes.Errors.Enqueue(e.Message);
            }
        }
    }
}
