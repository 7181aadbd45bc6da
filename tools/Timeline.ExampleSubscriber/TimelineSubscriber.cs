using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Timeline.ExampleSubscriber;

/// <summary>Subscribes a queue of its own to the timeline's exchanges and hands each parsed message to a callback.</summary>
public sealed class TimelineSubscriber : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private TimelineSubscriber(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    /// <summary>
    /// Connects, declares the exchanges (as MassTransit does: durable fanout) and <paramref name="queue"/>, binds them and
    /// starts consuming. A durable queue keeps messages while the subscriber is away.
    /// </summary>
    public static async Task<TimelineSubscriber> StartAsync(
        Uri broker,
        string queue,
        Func<TimelineNotification, Task> onNotification,
        bool durable = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(onNotification);
        var factory = new ConnectionFactory { Uri = broker, ClientProvidedName = "timeline-example-subscriber" };
        var connection = await factory.CreateConnectionAsync(cancellationToken);
        var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(queue, durable: durable, exclusive: false, autoDelete: !durable, cancellationToken: cancellationToken);
        foreach (var exchange in SubscriptionTopology.All)
        {
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
            await channel.QueueBindAsync(queue, exchange, routingKey: "", cancellationToken: cancellationToken);
        }
        await channel.BasicQosAsync(0, 32, false, cancellationToken);

        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            TimelineNotification notification;
            try
            {
                notification = TimelineNotification.Parse(delivery.Body.Span);
            }
            catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
            {
                // Not a message we understand: drop it rather than redeliver it forever.
                await Console.Error.WriteLineAsync($"unreadable message dropped: {ex.Message}");
                await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: false);
                return;
            }
            await onNotification(notification);
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        };
        await channel.BasicConsumeAsync(queue, autoAck: false, consumer, cancellationToken);
        return new TimelineSubscriber(connection, channel);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _channel.CloseAsync();
        await _channel.DisposeAsync();
        await _connection.CloseAsync();
        await _connection.DisposeAsync();
    }
}
