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

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DropDatabaseAsync(_database);
            _client.Dispose();
        }
    }
}
