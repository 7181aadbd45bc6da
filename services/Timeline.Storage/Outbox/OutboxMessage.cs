namespace Timeline.Storage.Outbox;

/// <summary>
/// A message stored in the same transaction as the change it announces and published afterwards, so a change is never
/// committed without its message eventually leaving (at least once), even when the broker is down at commit time.
/// </summary>
/// <param name="Id">Unique, time-ordered id (a version 7 GUID, "N" format); also the published message id, so subscribers can drop repeats.</param>
/// <param name="Stream">The publisher the message belongs to ("timeline"): each service publishes only its own stream.</param>
/// <param name="MessageType">Name of the contract type in <c>Timeline.Contracts</c> ("TimelineEventCreated").</param>
/// <param name="Payload">The message as JSON.</param>
/// <param name="TraceParent">W3C traceparent of the operation that wrote it, so the publish joins that trace; null when none.</param>
/// <param name="CreatedAt">When it was written.</param>
public sealed record OutboxMessage(string Id, string Stream, string MessageType, string Payload, string? TraceParent, DateTimeOffset CreatedAt)
{
    /// <summary>A new message with a fresh time-ordered id.</summary>
    public static OutboxMessage Create(string stream, string messageType, string payload, string? traceParent, DateTimeOffset createdAt) =>
        new(Guid.CreateVersion7(createdAt).ToString("N"), stream, messageType, payload, traceParent, createdAt);
}
