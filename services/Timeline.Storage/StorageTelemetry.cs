using System.Diagnostics;

namespace Timeline.Storage;

/// <summary>Spans of store calls; the name starts with "Timeline." so service defaults pick it up.</summary>
public static class StorageTelemetry
{
    /// <summary>The storage activity source ("Timeline.Storage").</summary>
    public static readonly ActivitySource Source = new("Timeline.Storage");

    internal static Activity? Start(string system, string operation, string collection)
    {
        var activity = Source.StartActivity($"{operation} {collection}", ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("db.system.name", system);
            activity.SetTag("db.operation.name", operation);
            activity.SetTag("db.collection.name", collection);
        }
        return activity;
    }
}
