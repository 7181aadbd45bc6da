namespace Timeline.Loader;

/// <summary>Command line: <c>&lt;folder | feed file | list file&gt; [--url U] [--source S] [--state F] [--api-key K]</c>.</summary>
/// <param name="Input">What to load.</param>
/// <param name="ApiUrl">Base URL of the ingestion service.</param>
/// <param name="Source">Outlet name sent with every item.</param>
/// <param name="StatePath">State file of finished items.</param>
/// <param name="ApiKey">Key with the ingest scope, sent as X-Api-Key: --api-key, else the TIMELINE_API_KEY environment variable.</param>
public sealed record LoaderOptions(string Input, Uri ApiUrl, string? Source, string StatePath, string? ApiKey = null)
{
    /// <summary>Environment variable the key is taken from when --api-key is not given.</summary>
    public const string ApiKeyVariable = "TIMELINE_API_KEY";

    /// <summary>How to call the loader.</summary>
    public const string Usage = "usage: Timeline.Loader <folder | feed file | list file> [--url http://localhost:8081] [--source S] [--state .loader-state.json] [--api-key K (default: $TIMELINE_API_KEY)]";

    /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> with the usage on a mistake.</summary>
    public static LoaderOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? input = null, source = null;
        var apiKey = Environment.GetEnvironmentVariable(ApiKeyVariable);
        var url = "http://localhost:8081";
        var state = ".loader-state.json";
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
        return new LoaderOptions(input, apiUrl, source, state, string.IsNullOrWhiteSpace(apiKey) ? null : apiKey.Trim());
    }
}
