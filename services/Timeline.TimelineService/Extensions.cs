using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Timeline.TimelineService.Consumers;
using Timeline.TimelineService.Merging;

namespace Timeline.TimelineService;

/// <summary>Wiring of the timeline service.</summary>
public static class TimelineServiceExtensions
{
    /// <summary>Registers the event merger (needs the store from AddTimelineStorage).</summary>
    public static IHostApplicationBuilder AddTimelineMerging(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddTimelineMerging();
        return builder;
    }

    /// <summary>Registers the event merger on a service collection (tests, tools).</summary>
    public static IServiceCollection AddTimelineMerging(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<EventMerger>();
        return services;
    }

    /// <summary>Adds the consumer of EventsExtracted.</summary>
    public static IBusRegistrationConfigurator AddTimelineConsumers(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddConsumer<EventsExtractedConsumer, EventsExtractedConsumerDefinition>();
        return bus;
    }
}
