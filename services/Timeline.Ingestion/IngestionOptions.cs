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
}
