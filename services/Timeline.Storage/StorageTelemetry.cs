using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Timeline.Storage;

/// <summary>Spans of store calls; the name starts with "Timeline." so service defaults pick it up.</summary>
public static class StorageTelemetry
{
    /// <summary>The storage activity source ("Timeline.Storage").</summary>
    public static readonly ActivitySource Source = new("Timeline.Storage");

    /// <summary>The storage meter ("Timeline.Storage").</summary>
    public static readonly Meter Meter = new("Timeline.Storage");

    /// <summary>Time a SQLite writer waited for the other writers of its process.</summary>
    internal static readonly Histogram<double> WriterWait = Meter.CreateHistogram<double>(
        "timeline.storage.writer_wait", "s", "Time a SQLite write waited for the other writers of its process.");

    /// <summary>How many commits of the events store shared one SQLite transaction (group commit).</summary>
    internal static readonly Histogram<int> CommitGroupSize = Meter.CreateHistogram<int>(
        "timeline.storage.commit_group_size", "{commit}", "Commits of the events store applied in one SQLite transaction.");

    internal static Activity? Start(string system, string operation, string collection, IEnumerable<ActivityLink>? links = null)
    {
        var activity = links is null
            ? Source.StartActivity($"{operation} {collection}", ActivityKind.Client)
            : Source.StartActivity($"{operation} {collection}", ActivityKind.Client, parentContext: default, links: links);
        if (activity is not null)
        {
            activity.SetTag("db.system.name", system);
            activity.SetTag("db.operation.name", operation);
            activity.SetTag("db.collection.name", collection);
        }
        return activity;
    }
}
