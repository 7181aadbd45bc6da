using Microsoft.Extensions.DependencyInjection;
using MongoDB.Driver;

namespace Timeline.Storage.Mongo;

/// <summary>Registration of the MongoDB adapters.</summary>
public static class MongoStorageExtensions
{
    /// <summary>Registers one <see cref="IMongoClient"/>, the adapters, the index creation at start and the "store" readiness check.</summary>
    public static IServiceCollection AddTimelineMongoStorage(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        MongoMapping.Register();
        var url = MongoUrl.Create(connectionString);
        services.AddSingleton<IMongoClient>(_ => new MongoClient(MongoClientSettings.FromUrl(url)));
        services.AddSingleton(sp => new MongoContext(sp.GetRequiredService<IMongoClient>(), url.DatabaseName ?? MongoContext.DefaultDatabase));
        services.AddSingleton<IArticleStore>(sp => new MongoArticleStore(sp.GetRequiredService<MongoContext>()));
        services.AddSingleton<IEventStore>(sp => new MongoEventStore(sp.GetRequiredService<MongoContext>(), sp.GetService<TimeProvider>()));
        services.AddSingleton<Outbox.IOutbox>(sp => new MongoOutbox(sp.GetRequiredService<MongoContext>(), sp.GetService<TimeProvider>()));
        services.AddHostedService<MongoIndexes>();
        services.AddHealthChecks().AddCheck<MongoHealthCheck>(StorageExtensions.HealthCheckName, tags: ["ready"]);
        return services;
    }
}
