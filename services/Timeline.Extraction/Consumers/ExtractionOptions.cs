namespace Timeline.Extraction.Consumers;

/// <summary>Settings of the extraction worker's consumer.</summary>
public sealed class ExtractionOptions
{
    /// <summary>Environment key of how many articles one instance extracts at once (the prefetch follows it).</summary>
    public const string ConcurrencyKey = "EXTRACTION_CONCURRENCY";

    /// <summary>
    /// Articles in progress per core when <see cref="ConcurrencyKey"/> is not set. Extracting takes about a millisecond of
    /// CPU, but each message then waits several times that for the broker (the confirmation of its EventsExtracted, then
    /// its ack): with one message per core the cores sat mostly idle while the queue backed up.
    /// </summary>
    public const int ConcurrencyPerCore = 8;

    /// <summary>Articles one instance extracts at once; 0 or less means <see cref="ConcurrencyPerCore"/> per core.</summary>
    public int Concurrency { get; set; }

    /// <summary>The concurrency the consumer runs with.</summary>
    public int EffectiveConcurrency => Concurrency > 0 ? Concurrency : ConcurrencyPerCore * Environment.ProcessorCount;
}
