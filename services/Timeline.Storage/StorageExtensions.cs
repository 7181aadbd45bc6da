using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Timeline.Storage.Mongo;
using Timeline.Storage.Sqlite;

namespace Timeline.Storage;

/// <summary>Registers the store adapters: MongoDB when MONGODB_URI is set, otherwise SQLite.</summary>
public static class StorageExtensions
{
    /// <summary>Environment key of the MongoDB connection string; absent means SQLite.</summary>
    public const string MongoUriKey = "MONGODB_URI";

    /// <summary>Environment key of the SQLite file path (default <c>data/timeline.db</c> under the current directory).</summary>
    public const string SqlitePathKey = "TIMELINE_SQLITE_PATH";

    /// <summary>Name of the store's health check.</summary>
    public const string HealthCheckName = "store";

    // Same value as Timeline.ServiceDefaults.ServiceDefaultsExtensions.ReadyTag, which Storage does not reference.
    private const string ReadyTag = "ready";

    /// <summary>Adds <see cref="IArticleStore"/>, <see cref="IEventStore"/> and the outbox for the configured backend, with a readiness check.</summary>
    public static IHostApplicationBuilder AddTimelineStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var mongoUri = builder.Configuration[MongoUriKey];
        if (!string.IsNullOrWhiteSpace(mongoUri))
        {
            builder.Services.AddTimelineMongoStorage(mongoUri);
        }
        else
        {
            builder.Services.AddTimelineSqliteStorage(SqlitePath(builder.Configuration));
        }
        return builder;
    }

    /// <summary>The SQLite file <c>TIMELINE_SQLITE_PATH</c> names, or <c>data/timeline.db</c> under the current directory.</summary>
    public static string SqlitePath(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var path = configuration[SqlitePathKey];
        return string.IsNullOrWhiteSpace(path) ? Path.Combine(Directory.GetCurrentDirectory(), "data", "timeline.db") : path;
    }

    /// <summary>Registers the SQLite adapters on the file at <paramref name="path"/> (folder created, schema ensured on first use).</summary>
    public static IServiceCollection AddTimelineSqliteStorage(this IServiceCollection services, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        services.AddSingleton(_ => new SqliteDatabase(path));
        services.AddSingleton<IArticleStore>(sp => new SqliteArticleStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IEventStore>(sp => new SqliteEventStore(sp.GetRequiredService<SqliteDatabase>(), sp.GetService<TimeProvider>()));
        services.AddSingleton<Outbox.IOutbox>(sp => new SqliteOutbox(sp.GetRequiredService<SqliteDatabase>(), sp.GetService<TimeProvider>()));
        services.AddHealthChecks().AddCheck<SqliteHealthCheck>(HealthCheckName, tags: [ReadyTag]);
        return services;
    }
}
