namespace Timeline.Storage.Tests;

/// <summary>The store contract on the MongoDB adapter; needs MONGODB_URI and is skipped by name without it.</summary>
public sealed class MongoStoreTests : StoreContract
{
    protected override Task<(IEventStore Events, IArticleStore Articles)> OpenAsync()
    {
        var uri = Environment.GetEnvironmentVariable("MONGODB_URI");
        Assert.SkipWhen(string.IsNullOrWhiteSpace(uri), "MONGODB_URI is not set: the MongoDB contract run needs a server (replica set).");
        throw new NotSupportedException("MongoDB adapter pending.");
    }
}
