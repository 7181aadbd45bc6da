using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;
using Timeline.Contracts;
using Timeline.Storage.Mongo;
using static Timeline.Storage.Tests.TestData;

namespace Timeline.Storage.Tests;

/// <summary>
/// The gateway's query shapes explained by a real server (MONGODB_URI; skipped by name when unset): each must scan the
/// index named for it and sort nothing in memory.
/// </summary>
public sealed class MongoQueryPlanTests : IAsyncDisposable
{
    private readonly string _database = "timeline_plan_" + Guid.NewGuid().ToString("N")[..12];
    private MongoClient? _client;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Shapes => new()
    {
        { "all", "sort" },
        { "actor", "actors_sort" },
        { "actor pair, newest first", "actors_sort" },
        { "type", "type_sort" },
        { "two types", "type_sort" },
        { "country", "countries_sort" },
        // Either index reads the page in order here; which one wins depends on the data, so either is right.
        { "actor in a date range", "actors_sort|sort" },
        { "date range", "sort" },
        { "as of", "as_of" },
    };

    private static EventQuery QueryFor(string shape) => shape switch
    {
        "all" => new EventQuery(),
        "actor" => new EventQuery { ActorIds = [Lavrov.ActorId] },
        "actor pair, newest first" => new EventQuery { ActorIds = [Putin.ActorId, Kim.ActorId], Descending = true },
        "type" => new EventQuery { Types = [EventTypes.Visit] },
        "two types" => new EventQuery { Types = [EventTypes.Visit, EventTypes.Agreement] },
        "country" => new EventQuery { Countries = ["KP"] },
        "actor in a date range" => new EventQuery { ActorIds = [Lavrov.ActorId], From = new DateOnly(2023, 10, 1), To = new DateOnly(2023, 10, 31) },
        "date range" => new EventQuery { From = new DateOnly(2023, 10, 1), To = new DateOnly(2023, 10, 31) },
        "as of" => new EventQuery { AsOf = DateTimeOffset.UtcNow },
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Each_gateway_query_shape_scans_its_index_in_page_order(string shape, string index)
    {
        var uri = Environment.GetEnvironmentVariable("MONGODB_URI");
        Assert.SkipWhen(string.IsNullOrWhiteSpace(uri), "MONGODB_URI is not set: explaining query plans needs a MongoDB server.");
        _client = new MongoClient(uri);
        var context = new MongoContext(_client, _database);
        await MongoIndexes.EnsureAsync(context, Ct);
        var store = new MongoEventStore(context);
        // Enough events of varied shape that a collection scan is never the cheapest plan.
        for (var i = 0; i < 300; i++)
        {
            var participants = (i % 3) switch { 0 => new[] { Putin, Kim }, 1 => [Lavrov, Kim], _ => [Lavrov] };
            var type = (i % 4) switch { 0 => EventTypes.Visit, 1 => EventTypes.Agreement, _ => EventTypes.Meeting };
            var e = Event($"evt_{i:D3}", Day(2020 + (i % 6), 1 + (i % 12), 1 + (i % 28)), type: type, participants: participants) with { Countries = [] };
            Assert.True(await store.TryInsertAsync(e, Ct));
        }
        var query = QueryFor(shape);
        var collection = query.AsOf is null ? "events" : "event_versions";
        var args = new RenderArgs<EventDocument>(BsonSerializer.LookupSerializer<EventDocument>(), BsonSerializer.SerializerRegistry);

        var explained = await context.Database.RunCommandAsync<BsonDocument>(new BsonDocument
        {
            {
                "explain", new BsonDocument
                {
                    { "find", collection },
                    { "filter", MongoEventQueries.Filter(query, EventIndexFields.SpanClassWidths[^1]).Render(args) },
                    { "sort", MongoEventQueries.Order(query.Descending).Render(args) },
                    { "limit", 51 },
                }
            },
            { "verbosity", "queryPlanner" },
        }, cancellationToken: Ct);

        var plan = explained["queryPlanner"]["winningPlan"].AsBsonDocument;
        var stages = Stages(plan).ToList();
        Assert.Contains(stages, s => s.Stage == "IXSCAN" && index.Split('|').Contains(s.Index));
        Assert.DoesNotContain(stages, s => s.Stage is "SORT" or "COLLSCAN");
    }

    /// <summary>Every stage of a plan tree, whatever the server version nests them under (inputStage(s), queryPlan).</summary>
    private static IEnumerable<(string Stage, string? Index)> Stages(BsonDocument node)
    {
        if (node.TryGetValue("stage", out var stage))
        {
            yield return (stage.AsString, node.TryGetValue("indexName", out var name) ? name.AsString : null);
        }
        foreach (var element in node.Elements)
        {
            var children = element.Value switch
            {
                BsonDocument d => [d],
                BsonArray a => a.OfType<BsonDocument>(),
                _ => [],
            };
            foreach (var child in children.SelectMany(Stages))
            {
                yield return child;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DropDatabaseAsync(_database);
            _client.Dispose();
        }
    }
}
