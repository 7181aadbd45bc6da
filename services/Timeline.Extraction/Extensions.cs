using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Timeline.Extraction.Consumers;
using Timeline.Extraction.Extraction;

namespace Timeline.Extraction;

/// <summary>Wiring of the event-extraction worker.</summary>
public static class ExtractionExtensions
{
    /// <summary>Registers the extractor and its data files (loaded once, shared: the extractor is stateless) and the consumer's settings.</summary>
    public static IHostApplicationBuilder AddExtraction(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(_ => EventExtractor.Default);
        var concurrency = builder.Configuration.GetValue(ExtractionOptions.ConcurrencyKey, 0);
        builder.Services.Configure<ExtractionOptions>(o => o.Concurrency = concurrency);
        return builder;
    }

    /// <summary>Adds the consumer of ArticleAccepted.</summary>
    public static IBusRegistrationConfigurator AddExtractionConsumers(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddConsumer<ArticleAcceptedConsumer, ArticleAcceptedConsumerDefinition>();
        return bus;
    }
}
