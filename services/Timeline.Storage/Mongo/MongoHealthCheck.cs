using Microsoft.Extensions.Diagnostics.HealthChecks;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Timeline.Storage.Mongo;

/// <summary>Ready when the MongoDB deployment answers a ping.</summary>
public sealed class MongoHealthCheck(MongoContext mongo) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await mongo.Database.RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: cancellationToken);
            return HealthCheckResult.Healthy($"mongodb {mongo.Database.DatabaseNamespace.DatabaseName}");
        }
        catch (Exception ex) when (ex is MongoException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"mongodb: {ex.Message}", ex);
        }
    }
}
