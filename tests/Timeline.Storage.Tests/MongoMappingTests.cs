using System.Text.Json;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using Timeline.Storage.Mongo;
using static Timeline.Storage.Tests.TestData;

namespace Timeline.Storage.Tests;

/// <summary>The BSON class maps, checked without a server: documents survive a round trip through BSON bytes.</summary>
public sealed class MongoMappingTests
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public MongoMappingTests() => MongoMapping.Register();

    [Fact]
    public void An_event_survives_a_round_trip_through_bson()
    {
        var e = Event("evt_1", Month(2023, 10), location: "Pyongyang") with
        {
            DateDisagreements = ["2023-10-18 (1 mention)"],
            Mentions = [Mention("m1", "a1", "tass.ru") with { ExtractedDate = Day(2023, 10, 19), PublishedAt = new DateTimeOffset(2023, 10, 19, 9, 15, 0, TimeSpan.FromHours(3)), Summary = "Lavrov met Kim", Participants = [Lavrov, Kim], Countries = ["RU", "KP"], Location = "Pyongyang" }],
            MergedInto = "evt_0",
        };

        var bytes = EventDocument.From(e).ToBson();
        var back = BsonSerializer.Deserialize<EventDocument>(bytes);

        Assert.Equal(JsonSerializer.Serialize(e, JsonOptions), JsonSerializer.Serialize(back.ToEvent(), JsonOptions));
    }

    [Fact]
    public void Event_documents_use_camel_case_names_and_omit_unknown_fields()
    {
        var doc = EventDocument.From(Event("evt_1", null)).ToBsonDocument();

        Assert.Equal("evt_1", doc["_id"].AsString);
        Assert.True(doc.Contains("sortKey"));
        Assert.True(doc.Contains("actorIds"));
        // Absent rather than null, so range filters and sparse indexes skip undated events.
        Assert.False(doc.Contains("dateStart"));
        Assert.False(doc.Contains("mergedInto"));
        Assert.Equal(BsonType.DateTime, doc["firstReportedAt"]["DateTime"].BsonType);
    }

    [Fact]
    public void An_article_survives_a_round_trip_and_an_unknown_url_is_absent()
    {
        var a = Article("art_1", "hash", null, fingerprint: 0xFFFF_0000_ABCD_1234);

        var doc = ArticleDocument.From(a).ToBsonDocument();
        var back = BsonSerializer.Deserialize<ArticleDocument>(doc).ToArticle();

        Assert.False(doc.Contains("url"));
        Assert.Equal(["0:1234", "1:abcd", "2:0000", "3:ffff"], doc["bands"].AsBsonArray.Select(b => b.AsString));
        Assert.Equal(JsonSerializer.Serialize(a, JsonOptions), JsonSerializer.Serialize(back, JsonOptions));
    }

    [Fact]
    public void Counters_and_markers_are_keyed_by_their_id()
    {
        Assert.Equal("timeline", new OutboxSequenceDocument { Id = "timeline", Last = 7 }.ToBsonDocument()["_id"].AsString);
        Assert.Equal(SpanStatsDocument.WidestSpanId, new SpanStatsDocument { Days = 5000 }.ToBsonDocument()["_id"].AsString);
        Assert.Equal("fence", new FenceDocument { Id = "fence", Version = 2 }.ToBsonDocument()["_id"].AsString);
        Assert.Equal("m1", new MentionOwnerDocument { Id = "m1", EventId = "evt_1", ArticleId = "a1" }.ToBsonDocument()["_id"].AsString);
    }

    [Fact]
    public void Registration_can_run_twice()
    {
        MongoMapping.Register();
        MongoMapping.Register();

        Assert.True(BsonClassMap.IsClassMapRegistered(typeof(EventDocument)));
    }
}
