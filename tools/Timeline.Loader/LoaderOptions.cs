namespace Timeline.Loader;

/// <summary>Command line: <c>&lt;folder | feed file | list file&gt; [--url U] [--source S] [--state F] [--api-key K]</c>.</summary>
/// <param name="Input">What to load.</param>
/// <param name="ApiUrl">Base URL of the ingestion service.</param>
/// <param name="Source">Outlet name sent with every item.</param>
/// <param name="StatePath">State file of finished items: <c>--state</c>, or <see cref="DefaultStatePath"/> beside the input.</param>
/// <param name="ApiKey">Key with the ingest scope, sent as X-Api-Key: --api-key, else the TIMELINE_API_KEY environment variable.</param>
public sealed record LoaderOptions(string Input, Uri ApiUrl, string? Source, string StatePath, string? ApiKey = null)
{
    /// <summary>Environment variable the key is taken from when --api-key is not given.</summary>
    public const string ApiKeyVariable = "TIMELINE_API_KEY";

    /// <summary>How to call the loader.</summary>
    public const string Usage = "usage: Timeline.Loader <folder | feed file | list file> [--url http://localhost:8081] [--source S] [--state FILE (default: <input>.loader-state.json beside the input)] [--api-key K (default: $TIMELINE_API_KEY)]";

    /// <summary>How a state file's name ends; the collector never sends such a file as an article.</summary>
    public const string StateSuffix = ".loader-state.json";

    /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> with the usage on a mistake.</summary>
    public static LoaderOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? input = null, source = null;
        var apiKey = Environment.GetEnvironmentVariable(ApiKeyVariable);
        var url = "http://localhost:8081";
        string? state = null;
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            switch (args[i])
            {
                case "--url": url = Next(); break;
                case "--source": source = Next(); break;
                case "--state": state = Next(); break;
                case "--api-key": apiKey = Next(); break;
                case var a when a.StartsWith("--", StringComparison.Ordinal): throw new ArgumentException($"Unknown option {a}.\n{Usage}");
                default:
                    input = input is null ? args[i] : throw new ArgumentException($"Only one input is allowed.\n{Usage}");
                    break;
            }
        }
        if (input is null)
        {
            throw new ArgumentException(Usage);
        }
        if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var apiUrl))
        {
            throw new ArgumentException($"--url {url} is not an absolute URL.\n{Usage}");
        }
        return new LoaderOptions(input, apiUrl, source, state ?? DefaultStatePath(input), string.IsNullOrWhiteSpace(apiKey) ? null : apiKey.Trim());
    }

    /// <summary>
    /// The state file beside the input (<c>pages/</c> → <c>pages.loader-state.json</c>), not in the current folder, which
    /// is often a repository; beside rather than inside, so loading the folder again never reads it as an article.
    /// </summary>
    public static string DefaultStatePath(string input)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(input);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input));
        return full + StateSuffix;
    }
}
