namespace Timeline.ServiceDefaults.Outbox;

/// <summary>Wakes the dispatcher right after a commit wrote messages, instead of at its next poll.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    // 1 from the first Notify until the dispatcher wakes: the commits in between skip the semaphore (and its lock, for
    // which every request of a busy service queued).
    private int _signalled;

    /// <summary>Says there is something to publish (repeated calls before the dispatcher wakes count once).</summary>
    public void Notify()
    {
        if (Interlocked.Exchange(ref _signalled, 1) == 1)
        {
            return;
        }
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    /// <summary>
    /// Waits for a signal or for <paramref name="timeout"/>. A Notify after this returns wakes the next wait, so a commit
    /// made while the dispatcher reads the outbox is never left for the poll.
    /// </summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await _pending.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Volatile.Write(ref _signalled, 0);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _pending.Dispose();
}
