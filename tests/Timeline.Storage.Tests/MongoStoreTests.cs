using MongoDB.Driver;
using Timeline.Storage.Mongo;

namespace Timeline.Storage.Tests;

/// <summary>The store contract on the MongoDB adapter against MONGODB_URI (a replica set); skipped by name when it is unset.</summary>
public sealed class MongoStoreTests : StoreContract, IAsyncDisposable
{
    private readonly string _database = "timeline_test_" + Guid.NewGuid().ToString("N")[..12];
    private MongoClient? _client;
    private MongoContext? _context;

    protected override async Task<(IEventStore Events, IArticleStore Articles)> OpenAsync()
    {
        var uri = Environment.GetEnvironmentVariable("MONGODB_URI");
        Assert.SkipWhen(string.IsNullOrWhiteSpace(uri), "MONGODB_URI is not set: the MongoDB contract run needs a server (replica set).");
        _client = new MongoClient(uri);
        var context = _context = new MongoContext(_client, _database);
        // A standalone server fails here with the fix, rather than in every transactional test.
        await MongoDeployment.RequireTransactionsAsync(context, Ct);
        await MongoIndexes.EnsureAsync(context, Ct);
        // Running the index creation twice proves it idempotent.
        await MongoIndexes.EnsureAsync(context, Ct);
        return (new MongoEventStore(context, Clock), new MongoArticleStore(context));
    }

    protected override Outbox.IOutbox OpenOutbox() =>
        new MongoOutbox(_context ?? throw new InvalidOperationException("OpenAsync first."), Clock);

    [Fact]
    public async Task Moves_the_mentions_of_events_stored_whole_into_their_own_documents_at_start()
    {
        var (events, _) = await OpenAsync();
        var context = _context!;
        var mentions = Enumerable.Range(0, 12).Select(i => TestData.Mention($"m{i:D2}", $"a{i:D2}", $"outlet{i % 3}.example")).ToList();
        Assert.True(await events.TryInsertAsync(TestData.Event("evt_1", TestData.Day(2024, 7, 10), mentions: mentions), Ct));
        // As builds before bounded events left it: no mentionCount in the document, keys only in event_mentions.
        await context.Events.UpdateOneAsync(Builders<EventDocument>.Filter.Eq(d => d.Id, "evt_1"), Builders<EventDocument>.Update.Unset("mentionCount"), cancellationToken: Ct);
        await context.MentionOwners.UpdateManyAsync(Builders<MentionOwnerDocument>.Filter.Empty,
            Builders<MentionOwnerDocument>.Update.Unset("mention").Unset("reportKey").Unset("searchText"), cancellationToken: Ct);
        Assert.Empty((await events.GetMentionsAsync("evt_1", null, 50, Ct)).Items);

        Assert.Equal(12, await MongoMentionBackfill.RunAsync(context, Ct));
        Assert.Equal(0, await MongoMentionBackfill.RunAsync(context, Ct));

        Assert.Equal(mentions.Select(m => m.MentionId), (await events.GetMentionsAsync("evt_1", null, 50, Ct)).Items.Select(m => m.MentionId).Order(StringComparer.Ordinal));
        var read = (await events.GetAsync("evt_1", Ct))!;
        Assert.Equal(MentionSample.MaxMentions, read.Mentions.Count);
        Assert.Equal(12, read.MentionCount);
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
