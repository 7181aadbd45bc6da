using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Gateway;
using Timeline.Gateway.Actors;
using Timeline.LoadTest;
using Timeline.ServiceDefaults;
using Timeline.Storage;

// Load test of GET /api/v1/events: fills a SQLite store with realistic events, starts the gateway on 127.0.0.1,
// and sends one-month, one-actor queries at a constant rate, then reports throughput and latency percentiles.
// Usage: dotnet run -c Release --project tools/Timeline.LoadTest -- [--events 100000] [--rate 200] [--seconds 30] [--db PATH] [--breakdown]
// An existing file at --db with enough events is reused, so repeated runs skip the fill.
var events = IntArg("--events", 100_000);
var rate = IntArg("--rate", 200);
var seconds = IntArg("--seconds", 30);
var dbPath = StringArg("--db") ?? Path.Combine(Path.GetTempPath(), $"timeline-loadtest-{events}.db");
var from = new DateOnly(2000, 1, 1);
var to = new DateOnly(2025, 12, 31);

var builder = WebApplication.CreateBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["TIMELINE_SQLITE_PATH"] = dbPath,
    ["MONGODB_URI"] = string.Empty,
    ["Gateway:RateLimit:PermitLimit"] = "0", // the test measures the query path, not the limiter
    ["Logging:LogLevel:Default"] = "Warning",
    ["Logging:LogLevel:MassTransit"] = "Warning",
});
builder.AddServiceDefaults("timeline-loadtest");
builder.AddTimelineStorage();
builder.AddGateway();
builder.AddTimelineMessaging(b => b.AddGatewayConsumers(), allowInMemory: true, configureBus: GatewayExtensions.ConfigureGatewayEndpoints);
var app = builder.Build();
app.MapGateway();
await app.StartAsync();
var baseAddress = new Uri(app.Urls.First());
// People and states of the two countries and their usual counterparts: the actors analysts filter on.
var actors = app.Services.GetRequiredService<ActorDirectory>().All
    .Where(a => a.Country is "RU" or "KP" or "US" or "KR" or "CN" && (a.Roles.Contains("state") || !a.Id.StartsWith("office:", StringComparison.Ordinal)))
    .ToList();
var store = app.Services.GetRequiredService<IEventStore>();

// ---- fill ----
var stored = await CountAsync(store);
if (stored < events)
{
    Console.WriteLine($"filling {dbPath} with {events - stored:N0} events ({actors.Count} actors, {from:yyyy}–{to:yyyy})…");
    var fill = Stopwatch.StartNew();
    var generator = new EventGenerator(actors, seed: 42);
    for (var i = 0; i < stored; i++)
    {
        generator.Next(i, from, to); // keep the random sequence aligned with a partial earlier fill
    }
    const int batch = 1000;
    for (var i = stored; i < events; i += batch)
    {
        var inserts = Enumerable.Range(i, Math.Min(batch, events - i)).Select(n => generator.Next(n, from, to)).ToList();
        if (!await store.TryCommitAsync(new EventCommit { Inserts = inserts }, CancellationToken.None))
        {
            throw new InvalidOperationException($"batch at {i} was refused by the store");
        }
        if ((i / batch) % 10 == 0)
        {
            Console.WriteLine($"  {i + inserts.Count:N0} events ({fill.Elapsed.TotalSeconds:F0} s)");
        }
    }
    Console.WriteLine($"filled in {fill.Elapsed.TotalSeconds:F1} s");
}
Console.WriteLine($"store: {await CountAsync(store):N0} events in {dbPath}");

// ---- drive ----
using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(5), AutomaticDecompression = DecompressionMethods.None };
using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
var random = new Random(7);
string NextUrl()
{
    var month = from.AddMonths(random.Next(((to.Year - from.Year) * 12) + to.Month - from.Month + 1));
    var actor = actors[random.Next(actors.Count)];
    return FormattableString.Invariant($"/api/v1/events?from={month:yyyy-MM-dd}&to={month.AddMonths(1).AddDays(-1):yyyy-MM-dd}&actor={Uri.EscapeDataString(actor.Id)}");
}

{
    // One request first, so a broken query path shows its error instead of thousands of failures.
    var probe = Stopwatch.StartNew();
    using var first = await client.GetAsync(NextUrl());
    var text = await first.Content.ReadAsStringAsync();
    Console.WriteLine($"probe: {(int)first.StatusCode} in {probe.Elapsed.TotalMilliseconds:F1} ms, {text.Length:N0} chars{(first.IsSuccessStatusCode ? "" : ": " + text[..Math.Min(400, text.Length)])}");
    if (!first.IsSuccessStatusCode)
    {
        await app.StopAsync();
        return 1;
    }
}
if (args.Contains("--breakdown"))
{
    // Sequential timings that split a request's cost between the store query and the HTTP/gateway layers.
    var parser = new Random(11);
    var queries = Enumerable.Range(0, 400).Select(_ =>
    {
        var month = from.AddMonths(parser.Next(300));
        return new EventQuery { From = month, To = month.AddMonths(1).AddDays(-1), ActorIds = [actors[parser.Next(actors.Count)].Id] };
    }).ToList();
    foreach (var pass in new[] { "warm", "timed" })
    {
        var store1 = Stopwatch.StartNew();
        foreach (var q in queries)
        {
            await store.QueryAsync(q, CancellationToken.None);
        }
        var storeMs = store1.Elapsed.TotalMilliseconds / queries.Count;
        var http1 = Stopwatch.StartNew();
        for (var i = 0; i < queries.Count; i++)
        {
            using var r = await client.GetAsync(NextUrl());
            await r.Content.ReadAsByteArrayAsync();
        }
        var httpMs = http1.Elapsed.TotalMilliseconds / queries.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"breakdown ({pass}): store.QueryAsync {storeMs:F2} ms, full HTTP request {httpMs:F2} ms"));
    }
}
Console.WriteLine($"warming up for 3 s at {rate} req/s…");
await RunAsync(client, NextUrl, rate, TimeSpan.FromSeconds(3));
Console.WriteLine($"driving {rate} req/s for {seconds} s against {baseAddress}api/v1/events (one month, one actor)…");
// CPU time of this process (server and client together) per request: on a shared machine it says more than latency.
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var result = await RunAsync(client, NextUrl, rate, TimeSpan.FromSeconds(seconds));
var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
await app.StopAsync();

var latencies = result.Latencies.Order().ToArray();
double P(double q) => latencies.Length == 0 ? double.NaN : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(q * latencies.Length) - 1)];
Console.WriteLine($"requests={result.Sent} ok={result.Ok} errors={result.Errors} duration={result.Elapsed.TotalSeconds:F1}s " +
    $"throughput={result.Ok / result.Elapsed.TotalSeconds:F1}req/s avg_items={result.Items / Math.Max(1.0, result.Ok):F1} " +
    $"cpu_ms_per_request={cpu.TotalMilliseconds / Math.Max(1, result.Sent):F2}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"latency_ms p50={P(0.50):F2} p90={P(0.90):F2} p99={P(0.99):F2} max={latencies.LastOrDefault():F2} target_p99<=20ms {(P(0.99) <= 20 ? "MET" : "MISSED")}"));
return 0;

static async Task<RunResult> RunAsync(HttpClient client, Func<string> nextUrl, int rate, TimeSpan duration)
{
    // Constant arrival rate: request i is due at i/rate seconds, whether or not earlier ones have answered, and its
    // latency is measured from when it was due, so a slow server cannot hide queueing (no coordinated omission).
    var total = (int)(rate * duration.TotalSeconds);
    var latencies = new double[total];
    var ok = 0;
    var errors = 0;
    long items = 0;
    var clock = Stopwatch.StartNew();
    var inflight = new List<Task>(total);
    for (var i = 0; i < total; i++)
    {
        var due = TimeSpan.FromSeconds((double)i / rate);
        var wait = due - clock.Elapsed;
        if (wait > TimeSpan.FromMilliseconds(1))
        {
            await Task.Delay(wait);
        }
        var index = i;
        var url = nextUrl();
        inflight.Add(Task.Run(async () =>
        {
            try
            {
                using var response = await client.GetAsync(url);
                var body = await response.Content.ReadAsByteArrayAsync();
                latencies[index] = (clock.Elapsed - due).TotalMilliseconds;
                if (response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref ok);
                    Interlocked.Add(ref items, CountItems(body));
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            }
            catch (HttpRequestException)
            {
                latencies[index] = (clock.Elapsed - due).TotalMilliseconds;
                Interlocked.Increment(ref errors);
            }
            catch (TaskCanceledException)
            {
                latencies[index] = (clock.Elapsed - due).TotalMilliseconds;
                Interlocked.Increment(ref errors);
            }
        }));
    }
    await Task.WhenAll(inflight);
    return new RunResult(total, ok, errors, clock.Elapsed, latencies, items);
}

static int CountItems(byte[] body)
{
    // Counts top-level items cheaply: each event starts with {"id":"evt_.
    var needle = "{\"id\":\"evt_"u8;
    var count = 0;
    var span = body.AsSpan();
    int at;
    while ((at = span.IndexOf(needle)) >= 0)
    {
        count++;
        span = span[(at + needle.Length)..];
    }
    return count;
}

static async Task<int> CountAsync(IEventStore store)
{
    var stats = await store.CountByMonthAndTypeAsync(new EventQuery { Statuses = ["occurred", "planned", "denied", "retired"] }, CancellationToken.None);
    return stats.Sum(s => s.Count);
}

int IntArg(string name, int fallback) => StringArg(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

string? StringArg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

internal sealed record RunResult(int Sent, int Ok, int Errors, TimeSpan Elapsed, double[] Latencies, long Items);
