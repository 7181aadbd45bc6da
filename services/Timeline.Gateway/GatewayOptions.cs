namespace Timeline.Gateway;

/// <summary>Settings of the gateway, bound from the "Gateway" configuration section.</summary>
public sealed class GatewayOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Gateway";

    /// <summary>Cross-origin access to the API.</summary>
    public CorsSettings Cors { get; set; } = new();

    /// <summary>Per-client request limits on /api/v1.</summary>
    public RateLimitSettings RateLimit { get; set; } = new();

    /// <summary>Live stream settings.</summary>
    public StreamSettings Stream { get; set; } = new();

    /// <summary>Reverse proxies whose X-Forwarded-For header names the real client.</summary>
    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();
}

/// <summary>
/// Behind an ingress every request arrives from the proxy's address, so per-client limits would put all clients in one
/// bucket. Listing the proxies makes the gateway take the client address from their X-Forwarded-For header; a header
/// from anyone else is ignored, so clients cannot choose their own bucket.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>Proxy addresses trusted to set X-Forwarded-For, e.g. "10.0.0.7".</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation trusted to set X-Forwarded-For, e.g. "10.0.0.0/8" for a cluster's pod network.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>True when any proxy is trusted.</summary>
    public bool Enabled => KnownProxies.Any(p => !string.IsNullOrWhiteSpace(p)) || KnownNetworks.Any(n => !string.IsNullOrWhiteSpace(n));
}

/// <summary>Origins allowed to call the API from a browser; empty means same-origin only, "*" means any.</summary>
public sealed class CorsSettings
{
    /// <summary>Allowed origins, e.g. "https://analyst.example.org".</summary>
    public string[] Origins { get; set; } = [];
}

/// <summary>Fixed-window limit per client IP address.</summary>
public sealed class RateLimitSettings
{
    /// <summary>Requests allowed per window and client; 0 turns limiting off.</summary>
    public int PermitLimit { get; set; } = 600;

    /// <summary>Window length in seconds.</summary>
    public int WindowSeconds { get; set; } = 60;
}

/// <summary>Server-Sent Events stream settings.</summary>
public sealed class StreamSettings
{
    /// <summary>How many recent messages are kept for Last-Event-ID resume.</summary>
    public int ReplayCapacity { get; set; } = 1000;

    /// <summary>Bytes of JSON (as held in memory) the replay buffer may keep; the oldest messages go first beyond it.</summary>
    public long ReplayBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Seconds between keep-alive messages on an idle stream.</summary>
    public int HeartbeatSeconds { get; set; } = 15;

    /// <summary>Messages queued for one slow client before it is disconnected (it resumes with Last-Event-ID).</summary>
    public int ClientQueueCapacity { get; set; } = 256;
}
