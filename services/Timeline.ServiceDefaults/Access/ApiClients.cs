using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace Timeline.ServiceDefaults.Access;

/// <summary>A client allowed to write: its name, the SHA-256 of its key, and its scopes.</summary>
/// <param name="Name">Who the client is (logs and rate-limit partitions).</param>
/// <param name="KeyHash">SHA-256 of the key; the key itself is never kept.</param>
/// <param name="Scopes">What the key allows.</param>
public sealed record ApiClient(string Name, byte[] KeyHash, IReadOnlySet<string> Scopes);

/// <summary>
/// The configured API clients. Keys come from <c>TIMELINE_API_KEYS</c> (<c>name:key:scope+scope;…</c>, for tools, tests
/// and CI) and from the <c>ApiKeys</c> section (<c>ApiKeys:&lt;name&gt;:KeyHash</c> = SHA-256 hex, <c>ApiKeys:&lt;name&gt;:Scopes</c>
/// = <c>ingest+admin</c>), so configuration files hold hashes only. Both are hashed once at start.
/// </summary>
public sealed class ApiClients
{
    /// <summary>Environment key of the plain client list.</summary>
    public const string EnvironmentKey = "TIMELINE_API_KEYS";

    /// <summary>Configuration section of hashed clients.</summary>
    public const string Section = "ApiKeys";

    /// <summary>Header a client sends its key in.</summary>
    public const string Header = "X-Api-Key";

    private readonly List<ApiClient> _clients;

    /// <summary>Clients read from <paramref name="configuration"/>; throws <see cref="InvalidOperationException"/> on a malformed entry.</summary>
    public ApiClients(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var clients = new List<ApiClient>();
        foreach (var entry in (configuration[EnvironmentKey] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split(':');
            if (parts.Length != 3 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                // The entry holds a key: the message names the client only.
                throw new InvalidOperationException($"{EnvironmentKey}: an entry for \"{parts[0]}\" is not name:key:scope+scope.");
            }
            clients.Add(new ApiClient(parts[0], Hash(parts[1]), ParseScopes(parts[2], parts[0])));
        }
        foreach (var client in configuration.GetSection(Section).GetChildren())
        {
            var hash = client["KeyHash"];
            if (string.IsNullOrWhiteSpace(hash) || hash.Trim().Length != 64)
            {
                throw new InvalidOperationException($"{Section}:{client.Key}:KeyHash must be the key's SHA-256 as 64 hex digits.");
            }
            clients.Add(new ApiClient(client.Key, Convert.FromHexString(hash.Trim()), ParseScopes(client["Scopes"] ?? string.Empty, client.Key)));
        }
        _clients = clients;
    }

    /// <summary>How many clients are configured.</summary>
    public int Count => _clients.Count;

    /// <summary>The client holding <paramref name="key"/>, or null.</summary>
    public ApiClient? Find(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = Hash(key);
        ApiClient? found = null;
        // Every entry is compared, in constant time, so the answer's timing says nothing about which hash was close.
        foreach (var client in _clients)
        {
            if (CryptographicOperations.FixedTimeEquals(client.KeyHash, hash))
            {
                found ??= client;
            }
        }
        return found;
    }

    /// <summary>SHA-256 of a key's UTF-8 bytes.</summary>
    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key ?? throw new ArgumentNullException(nameof(key))));

    /// <summary>SHA-256 of a key as lower-case hex, the form <c>ApiKeys:&lt;name&gt;:KeyHash</c> takes.</summary>
    public static string HashHex(string key) => Convert.ToHexStringLower(Hash(key));

    /// <summary>A new random key (256 bits, URL-safe).</summary>
    public static string NewKey() => "tk_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static HashSet<string> ParseScopes(string text, string client)
    {
        var scopes = text.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        if (scopes.Count == 0 || !scopes.IsSubsetOf(ApiScopes.All))
        {
            throw new InvalidOperationException($"API client \"{client}\": scopes must be {string.Join(" and/or ", ApiScopes.All)} joined by '+'.");
        }
        return scopes;
    }
}
