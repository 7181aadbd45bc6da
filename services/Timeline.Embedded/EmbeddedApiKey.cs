using Timeline.ServiceDefaults.Access;
using Timeline.Storage;

namespace Timeline.Embedded;

/// <summary>
/// Keys of the embedded host. When no client is configured, the first start generates a key with both scopes, prints
/// it once and keeps only its SHA-256 in a file next to the SQLite file; later starts read the hash. The sample loader
/// gets a key of its own that lives only in this process.
/// </summary>
internal static class EmbeddedApiKey
{
    /// <summary>Client name of the generated key.</summary>
    public const string ClientName = "embedded";

    /// <summary>Client name of the sample loader's in-process key.</summary>
    public const string SamplesClientName = "embedded-samples";

    /// <summary>Adds the clients to <paramref name="configuration"/> and returns the sample loader's key.</summary>
    public static SamplesApiKey Configure(ConfigurationManager configuration, TextWriter console)
    {
        var configured = new ApiClients(configuration).Count > 0;
        if (!configured)
        {
            var file = HashFile(configuration);
            string hash;
            if (File.Exists(file))
            {
                hash = File.ReadAllText(file).Trim();
            }
            else
            {
                var key = ApiClients.NewKey();
                hash = ApiClients.HashHex(key);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, hash + Environment.NewLine);
                console.WriteLine($"""

                    API key for ingestion and admin (shown once; only its hash is kept in {file}):

                        {key}

                    Send it as X-Api-Key, e.g. export TIMELINE_API_KEY={key}. Delete that file to get a new key.

                    """);
            }
            configuration[$"{ApiClients.Section}:{ClientName}:KeyHash"] = hash;
            configuration[$"{ApiClients.Section}:{ClientName}:Scopes"] = $"{ApiScopes.Ingest}+{ApiScopes.Admin}";
        }

        var samplesKey = ApiClients.NewKey();
        configuration[$"{ApiClients.Section}:{SamplesClientName}:KeyHash"] = ApiClients.HashHex(samplesKey);
        configuration[$"{ApiClients.Section}:{SamplesClientName}:Scopes"] = ApiScopes.Ingest;
        return new SamplesApiKey(samplesKey);
    }

    /// <summary>The hash file: beside the SQLite file, named after it.</summary>
    public static string HashFile(IConfiguration configuration)
    {
        var database = Path.GetFullPath(StorageExtensions.SqlitePath(configuration));
        return Path.ChangeExtension(database, ".api-key.sha256");
    }
}

/// <summary>The sample loader's in-process key.</summary>
/// <param name="Key">The key it sends as X-Api-Key.</param>
internal sealed record SamplesApiKey(string Key);
