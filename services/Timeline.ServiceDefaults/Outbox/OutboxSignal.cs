namespace Timeline.ServiceDefaults.Outbox;

/// <summary>Wakes the dispatcher right after a commit wrote messages, instead of at its next poll.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    /// <summary>Says there is something to publish (repeated calls before the dispatcher wakes count once).</summary>
    public void Notify()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    /// <summary>Waits for a signal or for <paramref name="timeout"/>.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _pending.WaitAsync(timeout, cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _pending.Dispose();
}
