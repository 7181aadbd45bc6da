using System.Diagnostics.Metrics;
using Timeline.ServiceDefaults;

namespace Timeline.Ingestion.Intake;

/// <summary>Ingestion's instruments on the product meter.</summary>
public static class IngestionMetrics
{
    /// <summary>Articles by outcome: accepted, duplicate, near_duplicate, rejected.</summary>
    public static readonly Counter<long> Articles =
        TimelineTelemetry.Meter.CreateCounter<long>("timeline.ingestion.articles", "{article}", "Articles received by ingestion, by outcome");

    /// <summary>Seconds spent parsing and cleaning one request body.</summary>
    public static readonly Histogram<double> ParseDuration =
        TimelineTelemetry.Meter.CreateHistogram<double>("timeline.ingestion.parse.duration", "s", "Time to parse and clean a request body");

    /// <summary>Counts one article with its outcome.</summary>
    public static void Count(string outcome) => Articles.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
}
