using Timeline.Contracts;

namespace Timeline.TimelineService.Merging;

/// <summary>What applying one extraction did.</summary>
public enum MergeDisposition
{
    /// <summary>The run was applied (possibly changing nothing when the article states no event).</summary>
    Applied,
    /// <summary>The same run was applied before (a redelivery or duplicate message): nothing changed.</summary>
    Duplicate,
    /// <summary>A newer run of the same article was applied already: this older one was ignored.</summary>
    Stale,
}

/// <summary>The result of <see cref="EventMerger.ApplyAsync"/>, with what subscribers must be told.</summary>
/// <param name="Disposition">Whether the run was applied.</param>
/// <param name="MentionsMerged">Mentions placed on the timeline by this run.</param>
/// <param name="Created">New events.</param>
/// <param name="Updated">Changed events (not created, merged or retired in this run), with what changed.</param>
/// <param name="Merged">Survivors of merges, with the ids retired into them.</param>
/// <param name="Retired">Events left without mentions.</param>
/// <param name="Attempts">Optimistic attempts it took (1 without contention).</param>
public sealed record MergeOutcome(
    MergeDisposition Disposition,
    int MentionsMerged,
    IReadOnlyList<TimelineEventCreated> Created,
    IReadOnlyList<TimelineEventUpdated> Updated,
    IReadOnlyList<TimelineEventsMerged> Merged,
    IReadOnlyList<TimelineEventRetired> Retired,
    int Attempts)
{
    /// <summary>An outcome that changed nothing.</summary>
    public static MergeOutcome Nothing(MergeDisposition disposition) => new(disposition, 0, [], [], [], [], 1);
}

/// <summary>Thrown when a merge lost every optimistic attempt to concurrent writers; redelivery retries it.</summary>
public sealed class MergeConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MergeConflictException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public MergeConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public MergeConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
