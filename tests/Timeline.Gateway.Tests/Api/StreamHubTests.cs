using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Timeline.Gateway;
using Timeline.Gateway.Streaming;

namespace Timeline.Gateway.Tests.Api;

public class StreamHubTests
{
    [Fact]
    public void With_no_client_a_published_message_is_never_serialised_and_a_replay_serialises_it_once()
    {
        var hub = Hub(new GatewayOptions());
        var before = hub.LastSequence;
        var writes = 0;
        for (var i = 0; i < 3; i++)
        {
            hub.Publish("created", () => { writes++; return "{}"; });
        }
        Assert.Equal(0, writes);

        using var late = hub.Subscribe(before);
        Assert.Equal(3, late.Replay.Count);
        Assert.All(late.Replay, m => Assert.Equal("{}", m.Data));
        Assert.All(late.Replay, m => Assert.Equal("{}", m.Data));
        Assert.Equal(3, writes);
    }

    [Fact]
    public void The_replay_buffer_drops_its_oldest_messages_once_their_json_exceeds_the_byte_budget()
    {
        var options = new GatewayOptions();
        options.Stream.ReplayBytes = 2 * 2500; // room for 2,500 characters
        var hub = Hub(options);
        var sent = new List<StreamMessage>();
        for (var i = 0; i < 4; i++)
        {
            var message = hub.Publish("updated", () => new string('x', 1000));
            _ = message.Data; // a connected client wrote it
            sent.Add(message);
        }

        Assert.True(hub.HeldCharacters <= 2500, $"held {hub.HeldCharacters} characters");
        using var fromFirst = hub.Subscribe(sent[0].Sequence);
        Assert.True(fromFirst.Gap);
        using var fromSecond = hub.Subscribe(sent[1].Sequence);
        Assert.False(fromSecond.Gap);
        Assert.Equal([sent[2].Sequence, sent[3].Sequence], fromSecond.Replay.Select(m => m.Sequence));
    }

    [Fact]
    public void Messages_no_client_read_count_their_received_size_against_the_budget()
    {
        var options = new GatewayOptions();
        options.Stream.ReplayBytes = 2 * 2500;
        var hub = Hub(options);
        var sent = Enumerable.Range(0, 4).Select(_ => hub.Publish("updated", () => "{}", estimatedCharacters: 1000)).ToList();

        Assert.Equal(2000, hub.HeldCharacters);
        using var fromFirst = hub.Subscribe(sent[0].Sequence);
        Assert.True(fromFirst.Gap);
    }

    private static StreamHub Hub(GatewayOptions options) => new(Options.Create(options), TimeProvider.System, NullLogger<StreamHub>.Instance);
}
