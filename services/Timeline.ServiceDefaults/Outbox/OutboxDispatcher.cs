using System.Diagnostics;
using System.Diagnostics.Metrics;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Timeline.ServiceDefaults;
using Timeline.Storage.Outbox;

namespace Timeline.ServiceDefaults.Outbox;

/// <summary>
/// Publishes the stored messages of this process's streams in the order they were written, then removes them. One
/// instance at a time holds a stream's lease, so order holds with several instances of a service; delivery is at least
/// once (a crash between publish and removal repeats a message, with the same message id).
/// </summary>
public sealed partial class OutboxDispatcher(
    IEnumerable<OutboxStream> streams, IOutbox outbox, IBus bus, OutboxSignal signal, ILogger<OutboxDispatcher> log, TimeProvider? timeProvider = null)
    : BackgroundService
{
    /// <summary>How long a lease lasts without renewal: another instance takes over this long after a holder dies.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(30);

    /// <summary>How often the outbox is checked without a signal (messages of other instances, retries after a failure).</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    private const int BatchSize = 100;

    private static readonly Counter<long> Published = TimelineTelemetry.Meter.CreateCounter<long>(
        "timeline.outbox.published", "{message}", "Stored outbox messages published.");

    private static readonly Counter<long> Failures = TimelineTelemetry.Meter.CreateCounter<long>(
        "timeline.outbox.failures", "{failure}", "Publishing rounds that stopped on an error (the messages stay and are retried).");

    private static readonly Histogram<double> Lag = TimelineTelemetry.Meter.CreateHistogram<double>(
        "timeline.outbox.lag", "s", "Time from a message's commit to its publication.");

    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly OutboxStream[] _streams = [.. streams];
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    // Until when this instance holds each stream's lease. The lease is renewed (a write transaction) only once half of it
    // has passed, not on every wake-up: with a commit per message, a renewal per wake-up competed with every commit for
    // the store's write lock.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> _heldUntil = new(StringComparer.Ordinal);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PublishPendingAsync(stoppingToken);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The loop must outlive broker and store outages: every error is logged, counted and retried.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Failures.Add(1);
                failures++;
                LogFailure(ex, failures);
                // Back off while the broker or store is down: 1 s, 2 s, 4 s … up to 30 s.
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(failures - 1, 5)))), _time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }
            await signal.WaitAsync(PollInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Publishes every waiting message of the streams whose lease this instance holds; returns how many it published.</summary>
    public async Task<int> PublishPendingAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        foreach (var stream in _streams)
        {
            total += await PublishPendingAsync(stream, cancellationToken);
        }
        return total;
    }

    private async Task<int> PublishPendingAsync(OutboxStream stream, CancellationToken cancellationToken)
    {
        var total = 0;
        while (await HoldLeaseAsync(stream, cancellationToken))
        {
            var batch = await outbox.PeekAsync(stream.Name, BatchSize, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            // The batch's publishes start in the order written and share one channel, so the broker receives them in
            // that order; their confirmations are awaited together instead of one round trip per message.
            var publishes = batch.Select(row => PublishAsync(stream, row, cancellationToken)).ToList();
            var published = new List<string>(batch.Count);
            try
            {
                await Task.WhenAll(publishes).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                for (var i = 0; i < batch.Count && publishes[i].IsCompletedSuccessfully; i++)
                {
                    published.Add(batch[i].Id);
                }
                if (published.Count < batch.Count)
                {
                    await publishes[published.Count]; // rethrows the first failure; the finally block still removes what did leave
                }
            }
            finally
            {
                // What did leave (the confirmed prefix of the batch) is removed even when a later message failed, so it is
                // not repeated; a failed message and those after it stay, in order, for the next round.
                if (published.Count > 0)
                {
                    await outbox.RemoveAsync(published, CancellationToken.None);
                    total += published.Count;
                }
            }
        }
        return total;
    }

    private async Task<bool> HoldLeaseAsync(OutboxStream stream, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (_heldUntil.TryGetValue(stream.Name, out var until) && now < until - LeaseDuration / 2)
        {
            return true;
        }
        if (await outbox.TryAcquireLeaseAsync(stream.Name, _owner, LeaseDuration, cancellationToken))
        {
            _heldUntil[stream.Name] = now + LeaseDuration;
            return true;
        }
        _heldUntil.TryRemove(stream.Name, out _);
        return false;
    }

    private async Task PublishAsync(OutboxStream stream, OutboxMessage row, CancellationToken cancellationToken)
    {
        var (message, type) = stream.Read(row);
        // The publish continues the trace of the operation that stored the message.
        ActivityContext.TryParse(row.TraceParent, null, out var parent);
        using var activity = TimelineTelemetry.Outbox.StartActivity("outbox publish", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", row.Id);
        activity?.SetTag("timeline.outbox.stream", stream.Name);
        activity?.SetTag("timeline.message_type", row.MessageType);
        var messageId = Guid.ParseExact(row.Id, "N");
        await bus.Publish(message, type, Pipe.Execute<PublishContext>(context => context.MessageId = messageId), cancellationToken);
        Published.Add(1, new KeyValuePair<string, object?>("stream", stream.Name), new KeyValuePair<string, object?>("type", row.MessageType));
        Lag.Record((_time.GetUtcNow() - row.CreatedAt).TotalSeconds, new KeyValuePair<string, object?>("stream", stream.Name));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing stored outbox messages failed ({Failures} in a row); they stay stored and are retried")]
    private partial void LogFailure(Exception exception, int failures);
}
