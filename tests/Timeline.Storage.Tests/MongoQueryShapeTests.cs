using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;
using Timeline.Contracts;
using Timeline.Storage.Mongo;
using Timeline.Storage.Outbox;
using static Timeline.Storage.Tests.TestData;

namespace Timeline.Storage.Tests;

/// <summary>
/// What the MongoDB adapter sends, checked without a server: filters, sorts and index definitions rendered through the
/// driver, and the start-up check of the deployment. The contract suite runs the same code against a server.
/// </summary>
public sealed class MongoQueryShapeTests
{
    private const int WidestClass = 3660;

    public MongoQueryShapeTests() => MongoMapping.Register();

    private static BsonDocument Render<T>(FilterDefinition<T> filter) =>
        filter.Render(new RenderArgs<T>(BsonSerializer.LookupSerializer<T>(), BsonSerializer.SerializerRegistry));

    private static BsonDocument Render<T>(IndexKeysDefinition<T> keys) =>
        keys.Render(new RenderArgs<T>(BsonSerializer.LookupSerializer<T>(), BsonSerializer.SerializerRegistry));

    private static BsonDocument Filter(EventQuery query, int widestSpan = WidestClass) => Render(MongoEventQueries.Filter(query, widestSpan));

    [Fact]
    public void A_date_range_bounds_the_sort_key_on_both_sides()
    {
        var from = new DateOnly(2024, 6, 1);
        var to = new DateOnly(2024, 6, 30);

        var filter = Filter(new EventQuery { From = from, To = to, ActorIds = ["Q7747"] });

        Assert.Equal(new BsonDocument { { "$gte", from.DayNumber - WidestClass }, { "$lte", to.DayNumber } }, filter["sortKey"]);
        Assert.Equal(new BsonDocument("$gte", from.DayNumber), filter["dateEnd"]);
        Assert.Equal(new BsonDocument("$lte", to.DayNumber), filter["dateStart"]);
    }

    [Fact]
    public void A_longer_span_once_written_widens_the_lower_bound()
    {
        var from = new DateOnly(2024, 6, 1);

        var filter = Filter(new EventQuery { From = from }, widestSpan: 5479);

        Assert.Equal(new BsonDocument("$gte", from.DayNumber - 5479), filter["sortKey"]);
    }

    [Fact]
    public void An_as_of_query_reads_the_versions_in_force_at_that_moment()
    {
        var asOf = new DateTimeOffset(2024, 6, 19, 12, 0, 0, TimeSpan.FromHours(3));

        var filter = Filter(new EventQuery { AsOf = asOf });

        Assert.Equal(new BsonDocument("$lte", asOf.UtcDateTime), filter["recordedAt"]);
        Assert.Equal(new BsonDocument("$gt", asOf.UtcDateTime), filter["supersededAt"]);
        Assert.DoesNotContain(filter.Names, n => n.StartsWith('$'));
    }

    [Theory]
    [InlineData("/abc")]
    [InlineData("/abc/i")]
    [InlineData("a.c(")]
    public void Free_text_becomes_an_escaped_pattern_without_options(string text)
    {
        var regex = Filter(new EventQuery { Text = text })["searchText"].AsBsonRegularExpression;

        Assert.Equal(System.Text.RegularExpressions.Regex.Escape(EventIndexFields.SearchTerms(text).Single()), regex.Pattern);
        Assert.Equal("", regex.Options);
    }

    [Fact]
    public void Merge_candidates_of_the_widest_span_class_have_no_lower_date_bound()
    {
        var from = new DateOnly(2024, 6, 18);

        var ranges = Render(MongoEventQueries.Candidates(EventTypes.Meeting, from, new DateOnly(2024, 6, 20), false))["$or"].AsBsonArray
            .Select(r => r.AsBsonDocument).ToList();

        Assert.Equal(4, ranges.Count);
        foreach (var range in ranges.Take(3))
        {
            Assert.True(range["dateStart"].AsBsonDocument.Contains("$gte"), range.ToString());
        }
        Assert.False(ranges[3]["dateStart"].AsBsonDocument.Contains("$gte"), ranges[3].ToString());
    }

    [Fact]
    public void Every_gateway_shape_has_an_index_of_its_equality_field_then_the_page_order()
    {
        var keys = MongoIndexes.EventIndexes.Select(i => Render(i.Keys)).ToList();

        foreach (var field in new[] { "actorIds", "type", "countryKeys" })
        {
            Assert.Contains(new BsonDocument { { field, 1 }, { "sortKey", 1 }, { "eventId", 1 } }, keys);
        }
        Assert.Contains(new BsonDocument { { "sortKey", 1 }, { "eventId", 1 } }, keys);
        Assert.DoesNotContain(keys, k => k.Names.First() == "status");
        Assert.Contains(new BsonDocument { { "sortKey", 1 }, { "eventId", 1 }, { "supersededAt", 1 }, { "recordedAt", 1 } },
            MongoIndexes.VersionIndexes.Select(i => Render(i.Keys)));
        Assert.Equal(new BsonDocument { { "stream", 1 }, { "seq", 1 } }, Render(MongoIndexes.OutboxIndex.Keys));
    }

    [Fact]
    public void An_outbox_message_keeps_its_sequence_number_and_its_time_to_the_tick()
    {
        var message = OutboxMessage.Create("timeline", "TimelineEventCreated", "{}", null,
            new DateTimeOffset(2024, 6, 19, 12, 0, 0, TimeSpan.FromHours(3)).AddTicks(1234567));

        var doc = OutboxDocument.From(message, seq: 42).ToBsonDocument();
        var back = BsonSerializer.Deserialize<OutboxDocument>(doc);

        Assert.Equal(42, doc["seq"].AsInt64);
        Assert.Equal(message, back.ToMessage());
    }

    [Fact]
    public void A_stored_version_is_current_until_superseded()
    {
        var recordedAt = new DateTime(2024, 6, 19, 9, 0, 0, DateTimeKind.Utc);

        var doc = EventDocument.From(Event("evt_1", Day(2023, 10, 19)), recordedAt).ToBsonDocument();

        Assert.Equal("evt_1:1", doc["_id"].AsString);
        Assert.Equal(recordedAt, doc["recordedAt"].ToUniversalTime());
        Assert.Equal(DateTime.MaxValue.Year, doc["supersededAt"].ToUniversalTime().Year);
        Assert.False(EventDocument.From(Event("evt_1", null)).ToBsonDocument().Contains("supersededAt"));
    }

    [Fact]
    public void Listing_articles_resumes_after_the_last_acceptance_time_and_id()
    {
        var last = ArticleDocument.From(Article("art_9", "h", null, acceptedAt: new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        var filter = Render(MongoArticleStore.After(last));

        var branches = filter["$or"].AsBsonArray.Select(b => b.AsBsonDocument).ToList();
        Assert.Equal(new BsonDocument("$gt", last.AcceptedAtUtc), branches[0]["acceptedAtUtc"]);
        Assert.Equal(new BsonDocument("$gt", "art_9"), branches[1]["_id"]);
    }

    [Fact]
    public void A_standalone_server_is_refused_with_the_replica_set_fix()
    {
        var standalone = new BsonDocument { { "isWritablePrimary", true }, { "maxWireVersion", 25 } };

        var problem = MongoDeployment.TransactionProblem(standalone, "localhost:27017");

        Assert.NotNull(problem);
        Assert.Contains("standalone", problem, StringComparison.Ordinal);
        Assert.Contains("--replSet", problem, StringComparison.Ordinal);
        Assert.Contains("host: 'localhost:27017'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_replica_set_member_or_a_router_is_accepted()
    {
        Assert.Null(MongoDeployment.TransactionProblem(new BsonDocument { { "isWritablePrimary", true }, { "setName", "rs0" } }, "localhost:27017"));
        Assert.Null(MongoDeployment.TransactionProblem(new BsonDocument { { "isWritablePrimary", true }, { "msg", "isdbgrid" } }, "mongos:27017"));
    }
}
