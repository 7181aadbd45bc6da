namespace Timeline.Ingestion;

/// <summary>Settings of the ingestion API (configuration section "Ingestion").</summary>
public sealed class IngestionOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Ingestion";

    /// <summary>Largest accepted request body in bytes; larger ones get 413. Default 2 MB.</summary>
    public long MaxBodyBytes { get; set; } = 2 * 1024 * 1024;
}
