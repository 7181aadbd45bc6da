using Microsoft.Extensions.DependencyInjection;

namespace Timeline.Storage.Mongo;

/// <summary>Registration of the MongoDB adapters.</summary>
public static class MongoStorageExtensions
{
    /// <summary>Registers the MongoDB adapters against <paramref name="connectionString"/>.</summary>
    public static IServiceCollection AddTimelineMongoStorage(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        throw new NotSupportedException("The MongoDB adapter is not available in this build; unset MONGODB_URI to use SQLite.");
    }
}
