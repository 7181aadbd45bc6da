using System.Globalization;
using Timeline.PipelineHarness;

namespace Timeline.PipelineLoad;

/// <summary>Which articles a run posts.</summary>
internal enum StoryMix
{
    /// <summary>Every article reports its own meeting.</summary>
    Distinct,
    /// <summary>Many retellings (and syndicated copies) of a few meetings.</summary>
    Popular,
}

/// <summary>The command line.</summary>
internal sealed record LoadOptions
{
    public int Articles { get; init; } = 5000;
    public StoryMix Mix { get; init; } = StoryMix.Distinct;
    public int Stories { get; init; } = 25;
    public double Syndicated { get; init; } = 0.3;
    public int Clients { get; init; } = 8;
    public double Rate { get; init; }
    public int ProbeEvery { get; init; } = 50;
    public int RawMessages { get; init; } = 5000;
    public int RawSize { get; init; } = 8192;
    public int SettleSeconds { get; init; } = 15;
    public int DrainTimeoutSeconds { get; init; } = 1800;
    public string Configuration { get; init; } = "Release";
    public SqliteLayout Sqlite { get; init; } = SqliteLayout.PerStore;
    public Uri? Ingestion { get; init; }
    public Uri? Gateway { get; init; }
    public string? ApiKey { get; init; }
    public Dictionary<string, string> Environment { get; init; } = new(StringComparer.Ordinal);

    public const string Usage = """
        Pipeline load: starts the four services as processes on a fresh RabbitMQ virtual host and SQLite file (or takes the
        URLs of running ones), posts generated articles, waits until the pipeline has applied them all, and prints
        throughput, CPU per article, ingest-to-queryable latency, message sizes, memory and file sizes, beside the raw
        RabbitMQ.Client three-hop figure of the same broker.

        options:
          --articles N        articles to post (default 5000); with --rate and --seconds: rate x seconds
          --mix distinct|popular   own meeting per article, or retellings of a few (default distinct)
          --stories N         popular stories (default 25)
          --syndicated F      share of popular articles that are wire copies (default 0.3)
          --clients N         concurrent posting clients (default 8)
          --rate R            articles per second (default 0: as fast as the clients go)
          --seconds S         with --rate: post for S seconds
          --probe-every N     one latency probe per N articles (default 50; 0: none but the last)
          --raw-messages N    messages of the raw three-hop run (default 5000; 0 skips it)
          --raw-size BYTES    their size (default 8192)
          --settle S          seconds to watch memory after the pipeline drained (default 15)
          --env KEY=VALUE     extra environment for every service (repeatable)
          --configuration C   build configuration of the services (default Release)
          --sqlite perstore|shared   articles and events in two files (default), or one file for all
          --ingestion URL --gateway URL --api-key KEY
                              use running services instead (no process or broker figures)
        """;

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        double? seconds = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Int() => int.Parse(Next(), CultureInfo.InvariantCulture);
            double Double() => double.Parse(Next(), CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--articles" => options with { Articles = Int() },
                "--mix" => options with { Mix = Enum.Parse<StoryMix>(Next(), ignoreCase: true) },
                "--stories" => options with { Stories = Int() },
                "--syndicated" => options with { Syndicated = Double() },
                "--clients" => options with { Clients = Int() },
                "--rate" => options with { Rate = Double() },
                "--seconds" => SetSeconds(options, seconds = Double()),
                "--probe-every" => options with { ProbeEvery = Int() },
                "--raw-messages" => options with { RawMessages = Int() },
                "--raw-size" => options with { RawSize = Int() },
                "--settle" => options with { SettleSeconds = Int() },
                "--drain-timeout" => options with { DrainTimeoutSeconds = Int() },
                "--configuration" => options with { Configuration = Next() },
                "--sqlite" => options with { Sqlite = Enum.Parse<SqliteLayout>(Next(), ignoreCase: true) },
                "--ingestion" => options with { Ingestion = new Uri(Next()) },
                "--gateway" => options with { Gateway = new Uri(Next()) },
                "--api-key" => options with { ApiKey = Next() },
                "--env" => AddEnvironment(options, Next()),
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        if (seconds is { } s)
        {
            options = options.Rate > 0 ? options with { Articles = (int)(options.Rate * s) } : throw new ArgumentException("--seconds needs --rate");
        }
        if ((options.Ingestion is null) != (options.Gateway is null))
        {
            throw new ArgumentException("--ingestion and --gateway go together");
        }
        return options;
    }

    private static LoadOptions SetSeconds(LoadOptions options, double? _) => options;

    private static LoadOptions AddEnvironment(LoadOptions options, string pair)
    {
        var at = pair.IndexOf('=', StringComparison.Ordinal);
        if (at <= 0)
        {
            throw new ArgumentException($"--env takes KEY=VALUE, not {pair}");
        }
        options.Environment[pair[..at]] = pair[(at + 1)..];
        return options;
    }
}
