using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Timeline.ServiceDefaults;

/// <summary>The product's own activity sources and meters, one per service, all under the "Timeline." prefix.</summary>
public static class TimelineTelemetry
{
    /// <summary>Prefix every Timeline source and meter name starts with; telemetry subscribes to "Timeline.*".</summary>
    public const string Prefix = "Timeline.";

    /// <summary>Spans and metrics of the ingestion service.</summary>
    public static readonly ActivitySource Ingestion = new("Timeline.Ingestion");
    /// <summary>Spans of the extraction worker.</summary>
    public static readonly ActivitySource Extraction = new("Timeline.Extraction");
    /// <summary>Spans of the timeline service.</summary>
    public static readonly ActivitySource TimelineService = new("Timeline.TimelineService");
    /// <summary>Spans of publishing stored outbox messages (in whichever service publishes them).</summary>
    public static readonly ActivitySource Outbox = new("Timeline.Outbox");
    /// <summary>Spans of the query gateway.</summary>
    public static readonly ActivitySource Gateway = new("Timeline.Gateway");

    /// <summary>The product meter; instruments are named "timeline.*".</summary>
    public static readonly Meter Meter = new("Timeline");
}
