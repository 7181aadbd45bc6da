using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Contracts;
using Timeline.ServiceDefaults.Outbox;
using Timeline.Storage.Outbox;

namespace Timeline.Eval;

/// <summary>
/// Tells when the embedded pipeline is idle: the timeline service has applied the extraction of every article passed on,
/// and no outbox holds a message still to publish. Only then is the timeline final for the articles sent.
/// </summary>
public sealed class PipelineProgress : IConsumeMessageObserver<EventsExtracted>
{
    private readonly IServiceProvider _services;
    private int _applied;
    private int _faults;

    /// <summary>Starts counting the extractions the timeline service applies; create it before the first article is sent.</summary>
    public PipelineProgress(IServiceProvider services)
    {
        _services = services;
        services.GetRequiredService<IBus>().ConnectConsumeMessageObserver(this);
    }

    /// <summary>Waits until <paramref name="articles"/> extractions are applied and every outbox is empty; throws, saying what was missing, when that takes longer than <paramref name="timeout"/>.</summary>
    public async Task WaitUntilIdleAsync(int articles, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + timeout;
        var pending = 0L;
        while (true)
        {
            if (Volatile.Read(ref _applied) >= articles)
            {
                pending = await PendingMessagesAsync(ct);
                if (pending == 0)
                {
                    return;
                }
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"the pipeline was not idle after {timeout.TotalSeconds:0} s: {Volatile.Read(ref _applied)} of {articles} extractions applied " +
                    $"({Volatile.Read(ref _faults)} failed attempts), {pending} outbox messages unpublished");
            }
            await Task.Delay(10, ct);
        }
    }

    private async Task<long> PendingMessagesAsync(CancellationToken ct)
    {
        var outbox = _services.GetRequiredService<IOutbox>();
        var total = 0L;
        foreach (var stream in _services.GetServices<OutboxStream>())
        {
            total += await outbox.CountAsync(stream.Name, ct);
        }
        return total;
    }

    /// <inheritdoc />
    public Task PreConsume(ConsumeContext<EventsExtracted> context) => Task.CompletedTask;

    /// <inheritdoc />
    public Task PostConsume(ConsumeContext<EventsExtracted> context)
    {
        Interlocked.Increment(ref _applied);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task ConsumeFault(ConsumeContext<EventsExtracted> context, Exception exception)
    {
        Interlocked.Increment(ref _faults);
        return Task.CompletedTask;
    }
}
