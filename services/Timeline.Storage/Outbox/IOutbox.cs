namespace Timeline.Storage.Outbox;

/// <summary>
/// The stored messages waiting to be published. One dispatcher per stream holds a lease at a time, so messages leave in
/// the order they were written; a dispatcher that dies loses the lease when it runs out and another takes over.
/// </summary>
public interface IOutbox
{
    /// <summary>Takes or renews the lease on <paramref name="stream"/> for <paramref name="owner"/>; false while another owner's lease runs.</summary>
    Task<bool> TryAcquireLeaseAsync(string stream, string owner, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>The oldest waiting messages of <paramref name="stream"/>, in the order they were written.</summary>
    Task<IReadOnlyList<OutboxMessage>> PeekAsync(string stream, int max, CancellationToken cancellationToken);

    /// <summary>Removes published messages (unknown ids are ignored, so a repeat is harmless).</summary>
    Task RemoveAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>How many messages of <paramref name="stream"/> wait.</summary>
    Task<long> CountAsync(string stream, CancellationToken cancellationToken);
}
