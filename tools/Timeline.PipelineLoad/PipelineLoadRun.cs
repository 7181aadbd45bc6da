using System.Diagnostics;
using System.Globalization;
using Timeline.PipelineHarness;
using Timeline.PipelineLoad.Articles;

namespace Timeline.PipelineLoad;

/// <summary>One load run: start (or reach) the services, measure the raw broker, post, wait until drained, report.</summary>
internal static class PipelineLoadRun
{
    public static async Task<int> RunAsync(LoadOptions options, CancellationToken cancellationToken)
    {
        var report = new LoadReport(options);
        PipelineServices? pipeline = null;
        try
        {
            if (options.Ingestion is null)
            {
                var environment = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    // The load comes from one client: per-client rate limits would measure the limiter, not the pipeline.
                    ["Ingestion__RateLimit__PermitLimit"] = "0",
                    ["Gateway__RateLimit__PermitLimit"] = "0",
                };
                foreach (var (key, value) in options.Environment)
                {
                    environment[key] = value;
                }
                Console.WriteLine("Starting the four services (Release builds) on a fresh virtual host ...");
                pipeline = await PipelineServices.StartAsync(environment: environment, configuration: options.Configuration, layout: options.Sqlite, cancellationToken: cancellationToken);
                Console.WriteLine($"  vhost {pipeline.Broker.Name}, data in {pipeline.DataDirectory} ({options.Sqlite})");
                if (options.RawMessages > 0)
                {
                    Console.WriteLine($"Raw RabbitMQ.Client three hops: {options.RawMessages} x {options.RawSize} B ...");
                    report.Raw = await RawThreeHop.RunAsync(pipeline.Broker.Uri, options.RawMessages, options.RawSize, cancellationToken);
                }
            }
            return await LoadAsync(options, pipeline, report, cancellationToken);
        }
        finally
        {
            if (pipeline is not null)
            {
                await pipeline.DisposeAsync();
            }
        }
    }

    private static async Task<int> LoadAsync(LoadOptions options, PipelineServices? pipeline, LoadReport report, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients + 64, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var ingestion = new HttpClient(handler, false) { BaseAddress = options.Ingestion ?? pipeline!.Ingestion.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        using var gateway = new HttpClient(handler, false) { BaseAddress = options.Gateway ?? pipeline!.Gateway.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        var apiKey = options.ApiKey ?? pipeline?.ApiKey ?? Environment.GetEnvironmentVariable("TIMELINE_API_KEY")
            ?? throw new ArgumentException("--api-key (or TIMELINE_API_KEY) is needed with --ingestion");

        var generator = new ArticleGenerator(options.Stories, options.Syndicated);
        Func<int, GeneratedArticle> article = options.Mix == StoryMix.Popular ? generator.Popular : generator.Distinct;
        var poster = new ArticlePoster(ingestion, gateway, apiKey);

        // Warm each service's code paths with a few articles so the run measures the steady state, not JIT and first connections.
        Console.WriteLine("Warming up with 20 articles ...");
        var warm = new ArticleGenerator(1, 0, seed: 99);
        await new ArticlePoster(ingestion, gateway, apiKey).PostAllAsync(20, i => warm.Distinct(100_000 + i), 4, 0, 0, cancellationToken);
        await WaitUntilDrainedAsync(pipeline, poster, TimeSpan.FromMinutes(2), cancellationToken);

        MessageSizeTap? tap = null;
        IReadOnlyList<string> queues = [];
        if (pipeline is not null)
        {
            queues = (await pipeline.Broker.ListQueuesAsync()).Select(q => q.Name).ToList();
            var exchanges = (await pipeline.Broker.ListExchangesAsync()).Where(e => e.StartsWith("Timeline.Contracts:", StringComparison.Ordinal));
            tap = await MessageSizeTap.StartAsync(pipeline.Broker.Uri, exchanges);
        }
        var cpuBefore = CpuNow(pipeline);

        Console.WriteLine($"Posting {options.Articles} {options.Mix.ToString().ToLowerInvariant()} articles with {options.Clients} clients" +
                          (options.Rate > 0 ? $" at {options.Rate} /s" : " as fast as they go") + " ...");
        var clock = Stopwatch.StartNew();
        await poster.PostAllAsync(options.Articles, article, options.Clients, options.Rate, options.ProbeEvery, cancellationToken);
        report.PostingSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"  posted in {report.PostingSeconds:0.0} s; waiting until every queue is empty and the gateway has everything ...");
        report.DrainedSeconds = await WaitUntilDrainedAsync(pipeline, poster, TimeSpan.FromSeconds(options.DrainTimeoutSeconds), cancellationToken, clock, queues);
        var cpuAfter = CpuNow(pipeline);
        await poster.AllProbesAsync();
        report.MemoryAtDrain = MemoryFigures.Of(pipeline);

        if (tap is not null)
        {
            await tap.DisposeAsync();
            report.MessageSizes = tap.Sizes.ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        }
        report.Outcomes = poster.Outcomes;
        report.WatchQueries = poster.WatchQueries;
        report.ProbeMilliseconds = [.. poster.ProbeMilliseconds.Order()];
        report.CpuMilliseconds = cpuAfter.Where(c => cpuBefore.ContainsKey(c.Key))
            .ToDictionary(c => c.Key.Split('#')[0], c => (c.Value - cpuBefore[c.Key]).TotalMilliseconds, StringComparer.Ordinal);
        if (cpuBefore.Keys.Any(k => k.StartsWith(LoadReport.Broker, StringComparison.Ordinal)) && !report.CpuMilliseconds.ContainsKey(LoadReport.Broker))
        {
            Console.WriteLine("  the broker's process changed during the run (restarted): its CPU is left out");
        }

        if (pipeline is not null)
        {
            // What watching the probes cost the gateway: the same queries again, on the now idle pipeline.
            const int calibration = 200;
            var gatewayBefore = pipeline.Gateway.CpuTime;
            await poster.SendWatcherQueriesAsync(calibration, cancellationToken);
            report.GatewayMsPerWatchQuery = (pipeline.Gateway.CpuTime - gatewayBefore).TotalMilliseconds / calibration;
            report.DataFiles = pipeline.DataFileSizes();
            report.ErrorQueues = (await pipeline.Broker.ListQueuesAsync()).Where(q => q.Total > 0).ToList();
            if (options.SettleSeconds > 0)
            {
                Console.WriteLine($"Watching memory for {options.SettleSeconds} s after the load ...");
                await Task.Delay(TimeSpan.FromSeconds(options.SettleSeconds), cancellationToken);
                report.MemoryAfterSettle = MemoryFigures.Of(pipeline);
            }
        }
        report.Print(Console.Out);
        return 0;
    }

    /// <summary>
    /// Waits for the last probe to be queryable and, with a broker of our own, for every queue to be empty (ready and
    /// unacknowledged) as rabbitmqctl reports it; returns the seconds on <paramref name="clock"/> when that first held.
    /// </summary>
    private static async Task<double> WaitUntilDrainedAsync(
        PipelineServices? pipeline, ArticlePoster poster, TimeSpan timeout, CancellationToken cancellationToken, Stopwatch? clock = null, IReadOnlyList<string>? queues = null)
    {
        clock ??= Stopwatch.StartNew();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        await poster.LastProbeAsync(deadline.Token);
        if (pipeline is null)
        {
            return clock.Elapsed.TotalSeconds;
        }
        var watched = queues is { Count: > 0 } ? queues : (await pipeline.Broker.ListQueuesAsync()).Select(q => q.Name).ToList();
        watched = watched.Where(q => !q.EndsWith("_error", StringComparison.Ordinal) && !q.EndsWith("_skipped", StringComparison.Ordinal)).ToList();
        while (true)
        {
            deadline.Token.ThrowIfCancellationRequested();
            var at = clock.Elapsed.TotalSeconds;
            var ready = await Task.WhenAll(watched.Select(q => pipeline.Broker.ReadyCountAsync(q)));
            if (ready.All(n => n is null or 0))
            {
                var depths = await pipeline.Broker.ListQueuesAsync();
                if (depths.Where(d => watched.Contains(d.Name)).All(d => d.Total == 0))
                {
                    return at;
                }
            }
            await Task.Delay(100, deadline.Token);
        }
    }

    private static Dictionary<string, TimeSpan> CpuNow(PipelineServices? pipeline)
    {
        var cpu = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        if (pipeline is null)
        {
            return cpu;
        }
        foreach (var service in pipeline.Services)
        {
            cpu[service.Project] = service.CpuTime;
        }
        if (RabbitMqNode.Pid is { } broker && ProcessProbe.CpuTime(broker) is { } brokerCpu)
        {
            // Keyed by process id as well: a broker restarted during the run (by someone else) has no comparable figure.
            cpu[$"{LoadReport.Broker}#{broker}"] = brokerCpu;
        }
        return cpu;
    }
}

/// <summary>Resident memory of a service: the peak since it started (VmHWM) and now (VmRSS).</summary>
internal sealed record MemoryFigures(long PeakBytes, long NowBytes)
{
    public static Dictionary<string, MemoryFigures> Of(PipelineServices? pipeline) =>
        pipeline?.Services.ToDictionary(s => s.Project, s => new MemoryFigures(s.PeakResidentBytes, s.ResidentBytes), StringComparer.Ordinal) ?? [];
}

/// <summary>Everything a run measured, printed as plain text.</summary>
internal sealed class LoadReport(LoadOptions options)
{
    public const string Broker = "RabbitMQ (beam.smp)";

    public RawThreeHopResult? Raw { get; set; }
    public double PostingSeconds { get; set; }
    public double DrainedSeconds { get; set; }
    public PostOutcomes Outcomes { get; set; } = new();
    public IReadOnlyList<double> ProbeMilliseconds { get; set; } = [];
    public int WatchQueries { get; set; }
    public double GatewayMsPerWatchQuery { get; set; }
    public Dictionary<string, double> CpuMilliseconds { get; set; } = [];
    public Dictionary<string, MemoryFigures> MemoryAtDrain { get; set; } = [];
    public Dictionary<string, MemoryFigures>? MemoryAfterSettle { get; set; }
    public Dictionary<string, ExchangeSizes> MessageSizes { get; set; } = [];
    public IReadOnlyDictionary<string, long> DataFiles { get; set; } = new Dictionary<string, long>();
    public IReadOnlyList<QueueDepth> ErrorQueues { get; set; } = [];

    public void Print(TextWriter o)
    {
        var inv = CultureInfo.InvariantCulture;
        var posted = Outcomes.Posted;
        var endToEnd = posted / DrainedSeconds;
        o.WriteLine();
        o.WriteLine(string.Create(inv, $"PIPELINE LOAD  mix={options.Mix.ToString().ToLowerInvariant()} articles={options.Articles} clients={options.Clients} rate={(options.Rate > 0 ? options.Rate.ToString(inv) : "max")} sqlite={(options.Ingestion is null ? options.Sqlite.ToString() : "-")}"));
        o.WriteLine(string.Create(inv, $"posted                 {posted} ({string.Join(", ", Outcomes.ByStatus.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value}"))}), probes included"));
        foreach (var error in Outcomes.Errors)
        {
            o.WriteLine("  error: " + error);
        }
        o.WriteLine(string.Create(inv, $"ingestion POST rate    {posted / PostingSeconds:0.0} /s over {PostingSeconds:0.0} s; POST p50 {Percentile([.. Outcomes.PostMilliseconds.Order()], 0.5):0.0} ms, p95 {Percentile([.. Outcomes.PostMilliseconds.Order()], 0.95):0.0} ms"));
        o.WriteLine(string.Create(inv, $"end to end             {endToEnd:0.0} articles/s (all applied and every queue empty after {DrainedSeconds:0.0} s)"));
        if (Raw is { } raw)
        {
            o.WriteLine(string.Create(inv, $"raw three-hop          {raw.PerSecond:0.0} messages/s ({raw.Messages} x {options.RawSize} B, quorum, persistent, confirms, manual acks)"));
            o.WriteLine(string.Create(inv, $"ratio                  {endToEnd / raw.PerSecond:0.00} of the raw three-hop figure"));
        }
        o.WriteLine(string.Create(inv, $"ingest -> queryable    p50 {Percentile(ProbeMilliseconds, 0.5):0} ms, p95 {Percentile(ProbeMilliseconds, 0.95):0} ms, max {(ProbeMilliseconds.Count > 0 ? ProbeMilliseconds[^1] : 0):0} ms ({ProbeMilliseconds.Count} probes, {WatchQueries / DrainedSeconds:0} gateway queries/s to watch them)"));
        if (CpuMilliseconds.Count > 0)
        {
            o.WriteLine("CPU ms per article     " + string.Join("  ", CpuMilliseconds.Select(c => string.Create(inv, $"{Short(c.Key)} {c.Value / posted:0.00}"))));
            var services = CpuMilliseconds.Where(c => c.Key != Broker).Sum(c => c.Value) / posted;
            o.WriteLine(string.Create(inv, $"                       four services {services:0.00}, with the broker {CpuMilliseconds.Sum(c => c.Value) / posted:0.00}"));
            if (GatewayMsPerWatchQuery > 0 && CpuMilliseconds.TryGetValue("Timeline.Gateway", out var gateway))
            {
                var watching = WatchQueries * GatewayMsPerWatchQuery;
                o.WriteLine(string.Create(inv, $"                       of which watching the probes: gateway {watching / posted:0.00} ({WatchQueries} queries x {GatewayMsPerWatchQuery:0.00} ms); without it the four services {services - watching / posted:0.00}"));
            }
        }
        foreach (var (name, figures) in MemoryAtDrain)
        {
            var after = MemoryAfterSettle?.GetValueOrDefault(name);
            o.WriteLine(string.Create(inv, $"RSS {Short(name),-18} peak {Mb(figures.PeakBytes)} MB, at drain {Mb(figures.NowBytes)} MB") +
                        (after is null ? "" : string.Create(inv, $", {options.SettleSeconds} s later {Mb(after.NowBytes)} MB (peak {Mb(after.PeakBytes)} MB)")));
        }
        foreach (var (exchange, sizes) in MessageSizes.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            o.WriteLine(string.Create(inv, $"message {exchange["Timeline.Contracts:".Length..],-24} mean {sizes.MeanBytes} B, max {sizes.MaxBytes} B ({sizes.Count} sampled)"));
        }
        foreach (var (file, bytes) in DataFiles.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            o.WriteLine(string.Create(inv, $"file {file,-22} {bytes / 1048576.0:0.0} MB ({bytes / (double)Math.Max(1, posted):0} B per article)"));
        }
        foreach (var queue in ErrorQueues)
        {
            o.WriteLine(string.Create(inv, $"queue not empty        {queue.Name}: {queue.Total}"));
        }
    }

    private static string Short(string project) => project.StartsWith("Timeline.", StringComparison.Ordinal) ? project["Timeline.".Length..] : project;

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0", CultureInfo.InvariantCulture);

    private static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
