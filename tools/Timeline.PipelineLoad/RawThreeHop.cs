using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Timeline.PipelineLoad;

/// <summary>What the plain-client run measured.</summary>
/// <param name="Messages">Messages that went through all three hops.</param>
/// <param name="Elapsed">From the first publish to the last delivery.</param>
internal sealed record RawThreeHopResult(int Messages, TimeSpan Elapsed)
{
    public double PerSecond => Messages / Elapsed.TotalSeconds;
}

/// <summary>
/// The broker's ceiling for a three-hop pipeline, with plain RabbitMQ.Client and no framework: persistent messages of a
/// fixed size through three quorum queues, each hop publishing on with publisher confirms and acknowledging manually
/// only after the broker confirmed the next hop. The pipeline's throughput is read as a share of this figure, measured
/// on the same broker in the same run, so a noisy machine moves both.
/// </summary>
internal static class RawThreeHop
{
    private const ushort Prefetch = 200;
    private const int Concurrency = 32;

    public static async Task<RawThreeHopResult> RunAsync(Uri virtualHost, int messages, int size, CancellationToken cancellationToken)
    {
        var queues = new[] { "raw-hop-1", "raw-hop-2", "raw-hop-3" };
        var factory = new ConnectionFactory { Uri = virtualHost, ClientProvidedName = "raw-three-hop" };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using (var setup = await connection.CreateChannelAsync(cancellationToken: cancellationToken))
        {
            foreach (var queue in queues)
            {
                await setup.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
                    arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancellationToken);
            }
        }

        var delivered = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var channels = new List<IChannel>();
        try
        {
            // Hops 1 and 2 consume and publish on; hop 3 only consumes.
            for (var hop = 0; hop < queues.Length; hop++)
            {
                var consume = await connection.CreateChannelAsync(new CreateChannelOptions(false, false, consumerDispatchConcurrency: Concurrency), cancellationToken);
                await consume.BasicQosAsync(0, Prefetch, false, cancellationToken);
                channels.Add(consume);
                var consumer = new AsyncEventingBasicConsumer(consume);
                if (hop < queues.Length - 1)
                {
                    var publish = await connection.CreateChannelAsync(new CreateChannelOptions(true, true), cancellationToken);
                    channels.Add(publish);
                    var next = queues[hop + 1];
                    consumer.ReceivedAsync += async (_, e) =>
                    {
                        await publish.BasicPublishAsync("", next, false, Persistent, e.Body, cancellationToken);
                        await consume.BasicAckAsync(e.DeliveryTag, false, cancellationToken);
                    };
                }
                else
                {
                    consumer.ReceivedAsync += async (_, e) =>
                    {
                        await consume.BasicAckAsync(e.DeliveryTag, false, cancellationToken);
                        if (Interlocked.Increment(ref delivered) == messages)
                        {
                            done.TrySetResult();
                        }
                    };
                }
                await consume.BasicConsumeAsync(queues[hop], false, consumer, cancellationToken);
            }

            var body = new byte[size];
            Random.Shared.NextBytes(body);
            var producer = await connection.CreateChannelAsync(new CreateChannelOptions(true, true), cancellationToken);
            channels.Add(producer);
            var clock = Stopwatch.StartNew();
            using var window = new SemaphoreSlim(Concurrency * 4);
            var publishes = new List<Task>(messages);
            for (var i = 0; i < messages; i++)
            {
                await window.WaitAsync(cancellationToken);
                publishes.Add(PublishAsync(producer, queues[0], body, window, cancellationToken));
            }
            await Task.WhenAll(publishes);
            await done.Task.WaitAsync(TimeSpan.FromMinutes(10), cancellationToken);
            return new RawThreeHopResult(messages, clock.Elapsed);
        }
        finally
        {
            foreach (var channel in channels)
            {
                await channel.DisposeAsync();
            }
            await using var cleanup = await connection.CreateChannelAsync(cancellationToken: CancellationToken.None);
            foreach (var queue in queues)
            {
                await cleanup.QueueDeleteAsync(queue, cancellationToken: CancellationToken.None);
            }
        }
    }

    private static readonly BasicProperties Persistent = new() { DeliveryMode = DeliveryModes.Persistent };

    private static async Task PublishAsync(IChannel channel, string queue, byte[] body, SemaphoreSlim window, CancellationToken cancellationToken)
    {
        try
        {
            await channel.BasicPublishAsync("", queue, false, Persistent, body, cancellationToken);
        }
        finally
        {
            window.Release();
        }
    }
}
