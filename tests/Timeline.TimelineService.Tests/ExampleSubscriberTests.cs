using System.Collections.Concurrent;
using MassTransit;
using RabbitMQ.Client;
using Timeline.Contracts;
using Timeline.ExampleSubscriber;
using Timeline.Tests;
using static Timeline.TimelineService.Tests.Extractions;

namespace Timeline.TimelineService.Tests;

/// <summary>An outside application on plain RabbitMQ.Client receives what MassTransit publishes, through a real broker.</summary>
public sealed class ExampleSubscriberTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TimelineEvent Event(string id, long version, string status = Modalities.Occurred) => new()
    {
        Id = id,
        Version = version,
        Type = EventTypes.Meeting,
        Status = status,
        Date = Day(2023, 10, 19),
        Participants = [Lavrov, Kim],
        Countries = ["RU", "KP"],
        Location = "Pyongyang",
        Summary = "Lavrov met Kim Jong Un in Pyongyang",
        FirstReportedAt = T0,
        LastReportedAt = T0,
        SourceCount = (int)version,
        ArticleCount = (int)version,
        Mentions = [],
    };

    [Fact]
    public async Task An_outside_subscriber_receives_timeline_messages_over_rabbitmq_and_applies_them_by_version()
    {
        // Skipped only where no broker is configured; with RABBITMQ_URI set, an unreachable broker or wrong credentials fail.
        var uri = Environment.GetEnvironmentVariable("RABBITMQ_URI");
        Assert.SkipWhen(string.IsNullOrWhiteSpace(uri), "RABBITMQ_URI is not set: this test needs a RabbitMQ broker (scripts/test.sh sets it).");
        var broker = new Uri(uri!);
        var received = new ConcurrentQueue<(TimelineNotification Notification, bool Applied)>();
        var view = new TimelineView();
        var queue = "timeline-subscriber-test-" + Guid.NewGuid().ToString("N")[..8];
        await using var subscriber = await TimelineSubscriber.StartAsync(broker, queue, n =>
        {
            received.Enqueue((n, view.Apply(n)));
            return Task.CompletedTask;
        }, durable: false, Ct);

        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(broker));
        await bus.StartAsync(Ct);
        try
        {
            // MassTransit publishes each message type through its own exchange (and channel), so RabbitMQ does not
            // order different types relative to each other: each message is awaited before the next is sent.
            async Task PublishAndWait(object message, int count)
            {
                await bus.Publish(message, Ct);
                await Poller.UntilAsync($"{count} messages on queue {queue}", () => received.Count >= count, TimeSpan.FromSeconds(15), () => $"got {received.Count}");
            }

            await PublishAndWait(new TimelineEventCreated { Event = Event("evt_a", 1) }, 1);
            await PublishAndWait(new TimelineEventUpdated { Event = Event("evt_a", 2), Changes = ["mention added (kcna.kp)"] }, 2);
            // A redelivered old version must not overwrite the newer one.
            await PublishAndWait(new TimelineEventCreated { Event = Event("evt_a", 1) }, 3);
            await PublishAndWait(new TimelineEventsMerged { Event = Event("evt_a", 3), RetiredIds = ["evt_b"] }, 4);
            await PublishAndWait(new TimelineEventRetired { EventId = "evt_c", Version = 4, Reason = "no supporting mentions after reprocessing" }, 5);
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }

        var all = received.ToList();
        Assert.Equal(["created", "updated", "created", "merged", "retired"], all.Select(r => r.Notification.Kind));
        Assert.Equal([true, true, false, true, true], all.Select(r => r.Applied));
        Assert.Equal(["mention added (kcna.kp)"], all[1].Notification.Changes);
        Assert.Equal(3, view.Get("evt_a")!.Version);
        Assert.Equal("evt_a", view.Get("evt_b")!.EventId);
        Assert.Equal("Lavrov met Kim Jong Un in Pyongyang", view.Get("evt_a")!.Event!.Value.GetProperty("summary").GetString());
        Assert.Equal("no supporting mentions after reprocessing", view.Get("evt_c")!.Reason);
        Assert.All(all, r => Assert.False(string.IsNullOrEmpty(r.Notification.MessageId)));
    }

    [Fact]
    public void Reads_a_masstransit_envelope_without_the_contracts()
    {
        const string envelope = """
            {"messageId":"0b5e0000-1111-2222-3333-444455556666","conversationId":"c","sourceAddress":"rabbitmq://localhost/x",
             "destinationAddress":"rabbitmq://localhost/Timeline.Contracts:TimelineEventUpdated",
             "messageType":["urn:message:Timeline.Contracts:TimelineEventUpdated"],
             "message":{"event":{"id":"evt_1","version":7,"type":"visit","status":"occurred","date":{"value":"2024-06-19","precision":"day","start":"2024-06-19","end":"2024-06-19"},
               "summary":"Putin arrived in Pyongyang","sourceCount":4},"changes":["status planned → occurred"]},
             "headers":{},"sentTime":"2024-06-19T01:00:00Z"}
            """;

        var n = TimelineNotification.Parse(System.Text.Encoding.UTF8.GetBytes(envelope));

        Assert.Equal(("updated", "evt_1", 7L), (n.Kind, n.EventId, n.Version));
        Assert.Equal(["status planned → occurred"], n.Changes);
        Assert.Equal("v7 updated  evt_1 2024-06-19 visit occurred \"Putin arrived in Pyongyang\" (4 sources) changes: status planned → occurred", n.ToString());
        Assert.Throws<FormatException>(() => TimelineNotification.Parse("""{"messageType":["urn:message:X:Y"],"message":{}}"""u8));
    }
}
