using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Timeline.ServiceDefaults.Outbox;
using Timeline.TimelineService.Consumers;
using Timeline.TimelineService.Merging;
using Timeline.TimelineService.Publishing;

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
        services.TryAddSingleton<OutboxSignal>();
        return services;
    }

    /// <summary>Adds the dispatcher that publishes the timeline's stored messages (needs the bus and the store).</summary>
    public static IHostApplicationBuilder AddTimelinePublishing(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddTimelinePublishing();
        return builder;
    }

    /// <summary>Adds the timeline's outbox stream to the dispatcher's (a singleton that also runs as a hosted service; tests start it themselves).</summary>
    public static IServiceCollection AddTimelinePublishing(this IServiceCollection services) => services.AddOutboxStream(TimelineOutbox.Stream);

    /// <summary>Adds the consumer of EventsExtracted.</summary>
    public static IBusRegistrationConfigurator AddTimelineConsumers(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddConsumer<EventsExtractedConsumer, EventsExtractedConsumerDefinition>();
        return bus;
    }
}
