using System.Diagnostics.Metrics;
using Timeline.ServiceDefaults;

namespace Timeline.TimelineService.Merging;

/// <summary>Instruments of the merge on the product meter.</summary>
internal static class MergeMetrics
{
    public static readonly Counter<long> MentionsMerged = TimelineTelemetry.Meter.CreateCounter<long>(
        "timeline.mentions.merged", "{mention}", "Mentions placed on the timeline.");

    public static readonly Counter<long> EventsCreated = TimelineTelemetry.Meter.CreateCounter<long>(
        "timeline.events.created", "{event}", "Canonical events created.");

    public static readonly Counter<long> EventsUpdated = TimelineTelemetry.Meter.CreateCounter<long>(
        "timeline.events.updated", "{event}", "Canonical events changed by new or removed mentions.");

    public static readonly Counter<long> EventsMerged = TimelineTelemetry.Meter.CreateCounter<long>(
        "timeline.events.merged", "{event}", "Events retired into another because new evidence showed they are one.");

    public static readonly Counter<long> EventsRetired = TimelineTelemetry.Meter.CreateCounter<long>(
        "timeline.events.retired", "{event}", "Events retired for lack of supporting mentions.");

    public static readonly Counter<long> Conflicts = TimelineTelemetry.Meter.CreateCounter<long>(
        "timeline.merge.conflicts", "{conflict}", "Optimistic commits lost to a concurrent writer (then retried).");

    public static readonly Counter<long> MentionsRead = TimelineTelemetry.Meter.CreateCounter<long>(
        "timeline.merge.mentions_read", "{mention}",
        "Stored mentions read whole by a merge: only reprocessing, merges of events and events stored before tallies were kept need them.");

    public static readonly Counter<long> Skipped = TimelineTelemetry.Meter.CreateCounter<long>(
        "timeline.extractions.skipped", "{message}", "Extraction runs ignored as redelivered or stale.");
}
