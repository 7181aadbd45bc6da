using System.Collections.Concurrent;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Timeline.PipelineLoad;

/// <summary>Sizes seen on one exchange.</summary>
internal sealed class ExchangeSizes
{
    private long _count;
    private long _bytes;
    private long _max;

    public long Count => Interlocked.Read(ref _count);

    public long MeanBytes => Count == 0 ? 0 : Interlocked.Read(ref _bytes) / Count;

    public long MaxBytes => Interlocked.Read(ref _max);

    public void Add(int bytes)
    {
        Interlocked.Increment(ref _count);
        Interlocked.Add(ref _bytes, bytes);
        long seen;
        while (bytes > (seen = Interlocked.Read(ref _max)) && Interlocked.CompareExchange(ref _max, bytes, seen) != seen)
        {
        }
    }
}

/// <summary>
/// Samples the size of the messages the services publish: a transient queue per message exchange, bound for one second
/// in every <see cref="Period"/> so the broker's cost stays small, and read with auto-acknowledge. Sizes are message
/// bodies (the MassTransit JSON envelope) plus header bytes as AMQP carries them, roughly.
/// </summary>
internal sealed class MessageSizeTap : IAsyncDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Open = TimeSpan.FromSeconds(1);
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly List<(string Exchange, string Queue)> _taps = [];
    private readonly CancellationTokenSource _stop = new();
    private Task _cycle = Task.CompletedTask;

    private MessageSizeTap(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public ConcurrentDictionary<string, ExchangeSizes> Sizes { get; } = new(StringComparer.Ordinal);

    public static async Task<MessageSizeTap> StartAsync(Uri virtualHost, IEnumerable<string> exchanges)
    {
        var connection = await new ConnectionFactory { Uri = virtualHost, ClientProvidedName = "message-size-tap" }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var tap = new MessageSizeTap(connection, channel);
        foreach (var exchange in exchanges)
        {
            var queue = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
            var sizes = tap.Sizes.GetOrAdd(exchange, _ => new ExchangeSizes());
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += (_, e) =>
            {
                sizes.Add(e.Body.Length + HeaderBytes(e.BasicProperties));
                return Task.CompletedTask;
            };
            await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
            tap._taps.Add((exchange, queue));
        }
        tap._cycle = tap.CycleAsync();
        return tap;
    }

    private async Task CycleAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                foreach (var (exchange, queue) in _taps)
                {
                    await _channel.QueueBindAsync(queue, exchange, "", cancellationToken: _stop.Token);
                }
                await Task.Delay(Open, _stop.Token);
                foreach (var (exchange, queue) in _taps)
                {
                    await _channel.QueueUnbindAsync(queue, exchange, "", cancellationToken: _stop.Token);
                }
                await Task.Delay(Period - Open, _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static int HeaderBytes(IReadOnlyBasicProperties properties) =>
        properties.Headers?.Sum(h => h.Key.Length + (h.Value is byte[] b ? b.Length : h.Value?.ToString()?.Length ?? 0)) ?? 0;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _cycle;
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
        _stop.Dispose();
    }
}
