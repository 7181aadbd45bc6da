using System.Text.Json;
using Timeline.Contracts;
using Timeline.ServiceDefaults.Outbox;

namespace Timeline.TimelineService.Tests;

public sealed class OutboxStreamTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_row_reads_back_as_its_own_message_here_and_parsed_from_its_json_in_another_process_or_on_a_retry()
    {
        var stream = new OutboxStream("timeline", typeof(TimelineEventRetired), typeof(TimelineEventCreated));
        var first = new TimelineEventRetired { EventId = "evt_a", Version = 2, Reason = "no supporting mentions" };
        var second = new TimelineEventRetired { EventId = "evt_b", Version = 7, Reason = "merged" };
        var rowFirst = stream.Message(first, Now);
        var rowSecond = stream.Message(second, Now);

        // In the writing process, each row gives back the object it was made from, whatever the order of reading.
        var (read, type) = stream.Read(rowSecond);
        Assert.Same(second, read);
        Assert.Equal(typeof(TimelineEventRetired), type);
        Assert.Same(first, stream.Read(rowFirst).Message);

        // Another instance (another process, or this one after a restart) parses the stored JSON, as does a second read.
        var elsewhere = new OutboxStream("timeline", typeof(TimelineEventRetired), typeof(TimelineEventCreated));
        Assert.Equal(JsonSerializer.Serialize(first), JsonSerializer.Serialize(elsewhere.Read(rowFirst).Message));
        var again = stream.Read(rowSecond).Message;
        Assert.NotSame(second, again);
        Assert.Equal(JsonSerializer.Serialize(second), JsonSerializer.Serialize(again));
    }
}
