using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Timeline.ServiceDefaults.Outbox;

/// <summary>Registration of outbox streams and their dispatcher.</summary>
public static class OutboxExtensions
{
    /// <summary>
    /// Adds <paramref name="stream"/> to the streams this process publishes, and (once) the dispatcher that publishes
    /// them as a hosted service. Needs the store (IOutbox) and the bus.
    /// </summary>
    public static IServiceCollection AddOutboxStream(this IServiceCollection services, OutboxStream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        services.AddSingleton(stream);
        services.TryAddSingleton<OutboxSignal>();
        if (!services.Any(d => d.ServiceType == typeof(OutboxDispatcher)))
        {
            services.AddSingleton<OutboxDispatcher>();
            services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        }
        return services;
    }
}
