using System.Collections.Concurrent;
using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Timeline.EndToEnd.Tests.Infrastructure;

/// <summary>A message read off a queue with plain RabbitMQ.Client.</summary>
public sealed record RawMessage(string Body, IReadOnlyDictionary<string, string> Headers);

/// <summary>Plain RabbitMQ.Client access to the broker, to publish and inspect messages the way an outside application would.</summary>
public sealed class RawBroker : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private RawBroker(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public static async Task<RawBroker> ConnectAsync(Uri uri)
    {
        var connection = await new ConnectionFactory { Uri = uri }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        return new RawBroker(connection, channel);
    }

    /// <summary>Publishes a MassTransit JSON envelope to a message type's fanout exchange.</summary>
    public async Task PublishAsync(string exchange, string envelope)
    {
        await _channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
        var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", DeliveryMode = DeliveryModes.Persistent };
        await _channel.BasicPublishAsync(exchange, "", mandatory: false, properties, Encoding.UTF8.GetBytes(envelope));
    }

    /// <summary>Takes one message off a queue, or null when the queue is empty or does not exist yet.</summary>
    public async Task<RawMessage?> GetAsync(string queue)
    {
        try
        {
            await using var probe = await _connection.CreateChannelAsync();
            var result = await probe.BasicGetAsync(queue, autoAck: true);
            return result is null ? null : ToMessage(result.Body, result.BasicProperties);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return null;
        }
    }

    /// <summary>Binds a new exclusive queue to the exchange and collects what arrives.</summary>
    public async Task<Subscription> SubscribeAsync(string exchange)
    {
        await _channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
        var queue = (await _channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await _channel.QueueBindAsync(queue, exchange, "");
        var subscription = new Subscription();
        var consumer = new AsyncEventingBasicConsumer(_channel);
        consumer.ReceivedAsync += (_, e) =>
        {
            subscription.Received.Enqueue(ToMessage(e.Body, e.BasicProperties));
            return Task.CompletedTask;
        };
        await _channel.BasicConsumeAsync(queue, autoAck: true, consumer);
        return subscription;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private static RawMessage ToMessage(ReadOnlyMemory<byte> body, IReadOnlyBasicProperties properties) =>
        new(Encoding.UTF8.GetString(body.Span),
            (properties.Headers ?? new Dictionary<string, object?>()).ToDictionary(
                h => h.Key,
                h => h.Value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : h.Value?.ToString() ?? ""));

    /// <summary>Messages received on a subscription queue.</summary>
    public sealed class Subscription
    {
        internal ConcurrentQueue<RawMessage> Received { get; } = new();

        public Task<RawMessage?> NextAsync() => Task.FromResult(Received.TryDequeue(out var m) ? m : null);
    }
}
