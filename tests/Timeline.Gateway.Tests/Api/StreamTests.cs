using System.Text.Json;
using Timeline.Contracts;
using Timeline.Gateway.Tests.Fixtures;
using Timeline.Tests;

namespace Timeline.Gateway.Tests.Api;

/// <summary>The live stream: messages published on the bus reach SSE clients, in order, and a reconnecting client resumes.</summary>
[Collection("gateway")]
public sealed class StreamTests : IAsyncLifetime
{
    private GatewayHost? _host;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private GatewayHost Host => _host!;

    public async ValueTask InitializeAsync() =>
        _host = await GatewayHost.StartAsync(StoreKind.Sqlite, new Dictionary<string, string?> { ["Gateway:Stream:ReplayCapacity"] = "3" }, seed: false);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    private TimelineEvent NewEvent(string id) => SeedTimeline.NewEvent(id, "Lavrov meets Choe Son Hui in Moscow.", "التقى لافروف نظيرته الكورية الشمالية تشوي سون هوي في موسكو.", Host.Actors);

    [Fact]
    public async Task Created_updated_merged_and_retired_messages_arrive_in_order_with_increasing_ids()
    {
        await using var stream = await SseReader.OpenAsync(Host.Client, "/api/v1/stream", null, Ct);
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        var ready = await stream.NextAsync("the ready event");
        Assert.Equal("ready", ready.Event);

        var created = NewEvent("evt_stream00000000000000001");
        await Host.PublishAsync(new TimelineEventCreated { Event = created });
        await Host.PublishAsync(new TimelineEventUpdated { Event = created with { Version = 2 }, Changes = ["mention added"] });
        await Host.PublishAsync(new TimelineEventsMerged { Event = created with { Version = 3 }, RetiredIds = ["evt_stream00000000000000002"] });
        await Host.PublishAsync(new TimelineEventRetired { EventId = created.Id, Version = 4, Reason = "no supporting mentions after reprocessing" });

        var received = new List<SseEvent>();
        for (var i = 0; i < 4; i++)
        {
            received.Add(await stream.NextAsync($"message {i + 1} of 4"));
        }
        Assert.Equal(["created", "updated", "merged", "retired"], received.Select(e => e.Event));
        var ids = received.Select(e => long.Parse(e.Id!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.True(ids[0] > long.Parse(ready.Id!, System.Globalization.CultureInfo.InvariantCulture));

        var createdData = JsonDocument.Parse(received[0].Data).RootElement;
        Assert.Equal(created.Id, createdData.GetProperty("event").GetProperty("id").GetString());
        Assert.Contains("تشوي سون هوي", received[0].Data, StringComparison.Ordinal);
        Assert.Equal(2, JsonDocument.Parse(received[1].Data).RootElement.GetProperty("event").GetProperty("version").GetInt64());
        Assert.Equal("evt_stream00000000000000002", JsonDocument.Parse(received[2].Data).RootElement.GetProperty("retiredIds")[0].GetString());
        Assert.Equal(created.Id, JsonDocument.Parse(received[3].Data).RootElement.GetProperty("eventId").GetString());
    }

    [Fact]
    public async Task A_client_reconnecting_with_Last_Event_ID_receives_what_it_missed()
    {
        string lastSeen;
        await using (var stream = await SseReader.OpenAsync(Host.Client, "/api/v1/stream", null, Ct))
        {
            await stream.NextAsync("the ready event");
            await Host.PublishAsync(new TimelineEventCreated { Event = NewEvent("evt_resume00000000000000001") });
            lastSeen = (await stream.NextAsync("the first event")).Id!;
        }

        await Host.PublishAsync(new TimelineEventCreated { Event = NewEvent("evt_resume00000000000000002") });
        await Host.PublishAsync(new TimelineEventCreated { Event = NewEvent("evt_resume00000000000000003") });
        await WaitForSequenceAsync(long.Parse(lastSeen, System.Globalization.CultureInfo.InvariantCulture) + 2);

        await using var resumed = await SseReader.OpenAsync(Host.Client, "/api/v1/stream", lastSeen, Ct);
        var ready = await resumed.NextAsync("the ready event after resuming");
        Assert.Equal("ready", ready.Event);
        var second = await resumed.NextAsync("the first missed event");
        var third = await resumed.NextAsync("the second missed event");
        Assert.Contains("evt_resume00000000000000002", second.Data, StringComparison.Ordinal);
        Assert.Contains("evt_resume00000000000000003", third.Data, StringComparison.Ordinal);
        Assert.Equal(long.Parse(lastSeen, System.Globalization.CultureInfo.InvariantCulture) + 1, long.Parse(second.Id!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_Last_Event_ID_older_than_the_replay_buffer_gets_a_reset()
    {
        await using (var stream = await SseReader.OpenAsync(Host.Client, "/api/v1/stream", null, Ct))
        {
            await stream.NextAsync("the ready event");
        }
        var hub = (Timeline.Gateway.Streaming.StreamHub)Host.Services.GetService(typeof(Timeline.Gateway.Streaming.StreamHub))!;
        var before = hub.LastSequence;
        for (var i = 0; i < 5; i++)
        {
            await Host.PublishAsync(new TimelineEventCreated { Event = NewEvent($"evt_overflow0000000000000000{i}") });
        }
        await WaitForSequenceAsync(before + 5);

        await using var resumed = await SseReader.OpenAsync(Host.Client, "/api/v1/stream", before.ToString(System.Globalization.CultureInfo.InvariantCulture), Ct);
        var first = await resumed.NextAsync("the reset event");
        Assert.Equal("reset", first.Event);
        Assert.Equal(before + 5, long.Parse(first.Id!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task WaitForSequenceAsync(long sequence)
    {
        var hub = (Timeline.Gateway.Streaming.StreamHub)Host.Services.GetService(typeof(Timeline.Gateway.Streaming.StreamHub))!;
        await Poller.UntilAsync($"the stream to reach sequence {sequence}", () => hub.LastSequence >= sequence, TimeSpan.FromSeconds(10), () => $"at {hub.LastSequence}");
    }
}
