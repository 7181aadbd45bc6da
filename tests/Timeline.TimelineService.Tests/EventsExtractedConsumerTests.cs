using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Contracts;
using Timeline.Storage;
using Timeline.Storage.Outbox;
using Timeline.ServiceDefaults.Outbox;
using Timeline.TimelineService.Publishing;
using Timeline.Tests;
using static Timeline.TimelineService.Tests.Extractions;

namespace Timeline.TimelineService.Tests;

public sealed class EventsExtractedConsumerTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "timeline-consumer-" + Guid.NewGuid().ToString("N"));
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private ServiceProvider _provider = null!;
    private ITestHarness _harness = null!;

    public async ValueTask InitializeAsync()
    {
        _provider = new ServiceCollection()
            .AddLogging()
            .AddTimelineSqliteStorage(Path.Combine(_folder, "timeline.db"))
            .AddTimelineMerging()
            .AddTimelinePublishing()
            .AddMassTransitTestHarness(x => x.AddTimelineConsumers())
            .BuildServiceProvider(validateScopes: true);
        _harness = _provider.GetRequiredService<ITestHarness>();
        await _harness.Start(); // starts the hosted services too, the outbox dispatcher among them
    }

    public async ValueTask DisposeAsync()
    {
        await _harness.Stop();
        await _provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private async Task Deliver(EventsExtracted message)
    {
        var consumer = _harness.GetConsumerHarness<Consumers.EventsExtractedConsumer>();
        var before = consumer.Consumed.Select<EventsExtracted>(Ct).Count();
        await _harness.Bus.Publish(message, TestContext.Current.CancellationToken);
        // Wait for this delivery to be consumed (not just any earlier one).
        await Poller.UntilAsync($"EventsExtracted for {message.ArticleId} to be consumed", () => consumer.Consumed.Select<EventsExtracted>(Ct).Count() > before, TimeSpan.FromSeconds(10));
    }

    /// <summary>Waits until <paramref name="count"/> messages of <typeparamref name="T"/> were published; they leave the outbox just after the consume ends.</summary>
    private async Task Published<T>(int count)
        where T : class
    {
        await Poller.UntilAsync($"{count} published {typeof(T).Name}", () => _harness.Published.Select<T>(Ct).Count() >= count, TimeSpan.FromSeconds(10),
            () => $"saw {_harness.Published.Select<T>(Ct).Count()}");
    }

    [Fact]
    public async Task Publishes_created_then_updated_with_the_changes_and_the_full_event()
    {
        await Deliver(Article("a1", "tass.ru", T0, Mention("a1:m1", Month(2023, 10), [Lavrov, Kim])));
        await Deliver(Article("a2", "kcna.kp", T0.AddHours(1), Mention("a2:m1", Day(2023, 10, 19), [Lavrov, Kim])));

        await Published<TimelineEventUpdated>(1);
        var created = Assert.Single(_harness.Published.Select<TimelineEventCreated>(Ct)).Context.Message;
        var updated = Assert.Single(_harness.Published.Select<TimelineEventUpdated>(Ct)).Context.Message;
        Assert.Equal(1, created.Event.Version);
        Assert.Equal(created.Event.Id, updated.Event.Id);
        Assert.Equal(2, updated.Event.Version);
        Assert.Equal(2, updated.Event.Mentions.Count);
        Assert.Contains("mention added (kcna.kp)", updated.Changes);
        Assert.Contains("date refined 2023-10 → 2023-10-19", updated.Changes);
        var stored = await _provider.GetRequiredService<IEventStore>().GetAsync(created.Event.Id, TestContext.Current.CancellationToken);
        Assert.Equal(2, stored!.Version);
    }

    [Fact]
    public async Task A_redelivered_message_publishes_nothing_new()
    {
        var message = Article("a1", "tass.ru", T0, Mention("a1:m1", Day(2023, 10, 19), [Lavrov, Kim]));

        await Deliver(message);
        await Published<TimelineEventCreated>(1);
        var dispatcher = _provider.GetRequiredService<OutboxDispatcher>();
        var outbox = _provider.GetRequiredService<IOutbox>();
        // With the dispatcher stopped, whatever the redelivery announces stays in the outbox, written in the consume's commit.
        await dispatcher.StopAsync(Ct);
        Assert.Equal(0, await outbox.CountAsync(TimelineOutbox.Stream.Name, Ct));

        await Deliver(message);

        Assert.Equal(0, await outbox.CountAsync(TimelineOutbox.Stream.Name, Ct));
        Assert.Single(_harness.Published.Select<TimelineEventCreated>(Ct));
        Assert.Empty(_harness.Published.Select<TimelineEventUpdated>(Ct));
    }

    [Fact]
    public async Task Publishes_merged_when_evidence_joins_two_events()
    {
        await Deliver(Article("a1", "tass.ru", T0, Mention("a1:m1", Day(2023, 10, 17), [Lavrov, Kim])));
        await Deliver(Article("a2", "kcna.kp", T0, Mention("a2:m1", Day(2023, 10, 21), [Lavrov, Kim])));
        await Deliver(Article("a3", "aljazeera.net", T0, Mention("a3:m1", Day(2023, 10, 19), [Lavrov, Kim])));

        await Published<TimelineEventsMerged>(1);
        var ids = _harness.Published.Select<TimelineEventCreated>(Ct).Select(c => c.Context.Message.Event.Id).ToList();
        var merged = Assert.Single(_harness.Published.Select<TimelineEventsMerged>(Ct)).Context.Message;
        Assert.Equal(2, ids.Count);
        Assert.Equal(ids.Order(), new[] { merged.Event.Id, Assert.Single(merged.RetiredIds) }.Order());
        Assert.Equal(3, merged.Event.SourceCount);
        // With one report per date, the middle date is the best-supported.
        Assert.Equal("2023-10-19", merged.Event.Date!.Value);
    }

    [Fact]
    public async Task Publishes_retired_when_reprocessing_leaves_an_event_without_mentions()
    {
        await Deliver(Article("a1", "tass.ru", T0, Mention("a1:m1", Day(2024, 6, 19), [Putin, Kim], type: EventTypes.Agreement)));
        await Published<TimelineEventCreated>(1);
        var id = Assert.Single(_harness.Published.Select<TimelineEventCreated>(Ct)).Context.Message.Event.Id;

        await Deliver(Article("a1", "tass.ru", T0.AddDays(1)) with { ExtractorVersion = "1.1.0" });

        await Published<TimelineEventRetired>(1);
        var retired = Assert.Single(_harness.Published.Select<TimelineEventRetired>(Ct)).Context.Message;
        Assert.Equal(id, retired.EventId);
        Assert.Equal(2, retired.Version);
        Assert.Contains("reprocessing", retired.Reason);
    }

    [Fact]
    public async Task Changes_committed_while_nothing_publishes_are_announced_in_order_once_the_dispatcher_runs()
    {
        var dispatcher = _provider.GetRequiredService<OutboxDispatcher>();
        await dispatcher.StopAsync(Ct);
        var merger = _provider.GetRequiredService<Merging.EventMerger>();
        var outbox = _provider.GetRequiredService<IOutbox>();

        // As when the broker is down: the merges commit, their messages wait in the store.
        await merger.ApplyAsync(Article("a1", "tass.ru", T0, Mention("a1:m1", Month(2023, 10), [Lavrov, Kim])), Ct);
        await merger.ApplyAsync(Article("a2", "kcna.kp", T0.AddHours(1), Mention("a2:m1", Day(2023, 10, 19), [Lavrov, Kim])), Ct);
        var stored = await outbox.PeekAsync(TimelineOutbox.Stream.Name, 10, Ct);
        Assert.Equal(2, stored.Count);
        Assert.Empty(_harness.Published.Select<TimelineEventCreated>(Ct));

        Assert.Equal(2, await dispatcher.PublishPendingAsync(Ct));

        await Published<TimelineEventUpdated>(1);
        var sent = _harness.Published.Select(m => m.MessageType == typeof(TimelineEventCreated) || m.MessageType == typeof(TimelineEventUpdated), Ct).ToList();
        Assert.Equal([typeof(TimelineEventCreated), typeof(TimelineEventUpdated)], sent.Select(m => m.MessageType));
        // Each message carries its stored row's id, in the order written, so a repeat after a crash is recognisable.
        Assert.Equal(stored.Select(r => r.Id), sent.Select(m => m.Context.MessageId?.ToString("N")));
        Assert.Equal(2, Assert.Single(_harness.Published.Select<TimelineEventUpdated>(Ct)).Context.Message.Event.Version);
        Assert.Equal(0, await outbox.CountAsync(TimelineOutbox.Stream.Name, Ct));
    }
}
