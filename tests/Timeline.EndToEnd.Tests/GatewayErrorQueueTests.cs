using Timeline.EndToEnd.Tests.Infrastructure;
using Timeline.PipelineHarness;
using Timeline.Tests;

namespace Timeline.EndToEnd.Tests;

/// <summary>A poison message sent to a gateway instance stays inspectable after the instance is gone.</summary>
public sealed class GatewayErrorQueueTests
{
    [Fact(Timeout = 180_000)]
    public async Task A_message_the_gateway_cannot_read_lands_on_a_durable_error_queue_that_outlives_the_instance()
    {
        await using var timeline = await DistributedTimeline.StartAsync("Timeline.Gateway");
        await using var broker = await RawBroker.ConnectAsync(timeline.Broker.Uri);

        await broker.PublishAsync("Timeline.Contracts:TimelineEventCreated", """
            { "messageType": ["urn:message:Timeline.Contracts:TimelineEventCreated"], "message": { "event": 42 } }
            """);
        var name = await Poller.UntilAsync("a gateway _error queue holding the poison message", async () =>
            ErrorQueue(await timeline.Broker.ListQueueDeclarationsAsync())?.Name,
            TimeSpan.FromSeconds(60), () => timeline.Output);
        var errorQueue = ErrorQueue(await timeline.Broker.ListQueueDeclarationsAsync());

        Assert.NotNull(errorQueue);
        Assert.True(errorQueue.Durable, $"{name} is durable");
        Assert.False(errorQueue.AutoDelete, $"{name} is not auto-delete");
        Assert.False(errorQueue.Exclusive, $"{name} is not exclusive");
        Assert.DoesNotContain("x-expires", errorQueue.ArgumentsJson, StringComparison.Ordinal);

        await timeline.Gateway.DisposeAsync();
        var kept = await broker.GetAsync(name);
        Assert.NotNull(kept);
        Assert.False(string.IsNullOrWhiteSpace(kept.Headers["MT-Fault-Message"]));
    }

    private static QueueDeclaration? ErrorQueue(IReadOnlyList<QueueDeclaration> queues) =>
        queues.FirstOrDefault(q => q.Name.EndsWith("_error", StringComparison.Ordinal) && q.Messages == 1);
}
