using MongoDB.Bson;
using MongoDB.Driver;

namespace Timeline.Storage.Mongo;

/// <summary>
/// Checks at start that the MongoDB deployment can run multi-document transactions. A standalone server answers pings
/// and creates indexes, then fails every commit; saying so at start beats a service that is "ready" and cannot write.
/// </summary>
public static class MongoDeployment
{
    /// <summary>Asks the server <c>hello</c> and throws <see cref="InvalidOperationException"/> with the fix when it is standalone.</summary>
    public static async Task RequireTransactionsAsync(MongoContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var hello = await context.Client.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument("hello", 1), cancellationToken: cancellationToken);
        var servers = string.Join(",", context.Client.Settings.Servers);
        if (TransactionProblem(hello, servers) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }
    }

    /// <summary>Why the deployment that answered <paramref name="hello"/> cannot run transactions, or null when it can.</summary>
    public static string? TransactionProblem(BsonDocument hello, string servers)
    {
        ArgumentNullException.ThrowIfNull(hello);
        // A replica set member names its set; a mongos router answers "isdbgrid". Both run transactions.
        if (hello.Contains("setName") || hello.GetValue("msg", BsonNull.Value) == "isdbgrid")
        {
            return null;
        }
        return $"MongoDB at {servers} is a standalone server, but the Timeline store commits in multi-document transactions, " +
            "which need a replica set (one member is enough). Start mongod with --replSet rs0, run " +
            "rs.initiate({_id: 'rs0', members: [{_id: 0, host: 'localhost:27017'}]}) with the host clients use, " +
            "and add replicaSet=rs0 (or directConnection=true) to MONGODB_URI.";
    }
}
