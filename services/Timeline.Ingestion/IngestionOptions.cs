namespace Timeline.Ingestion;

/// <summary>Settings of the ingestion API (configuration section "Ingestion").</summary>
public sealed class IngestionOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Ingestion";

    /// <summary>Default body limit: 2 MB.</summary>
    public const long DefaultMaxBodyBytes = 2 * 1024 * 1024;

    /// <summary>Largest accepted request body in bytes; larger ones get 413. Zero or less means the default.</summary>
    public long MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    /// <summary>The limit in force.</summary>
    public long EffectiveMaxBodyBytes => MaxBodyBytes > 0 ? MaxBodyBytes : DefaultMaxBodyBytes;

    /// <summary>Seconds reprocessing waits for the broker to take one message before it answers 503.</summary>
    public int ReprocessPublishTimeoutSeconds { get; set; } = 10;

    /// <summary>Requests per client (API key, or address when anonymous) and window.</summary>
    public IngestionRateLimit RateLimit { get; set; } = new();
}

/// <summary>Fixed-window request limit per ingestion client.</summary>
public sealed class IngestionRateLimit
{
    /// <summary>Requests allowed per window and client; 0 turns limiting off.</summary>
    public int PermitLimit { get; set; } = 600;

    /// <summary>Window length in seconds.</summary>
    public int WindowSeconds { get; set; } = 60;
}
