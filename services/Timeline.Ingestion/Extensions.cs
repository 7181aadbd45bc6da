using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Timeline.Ingestion.Endpoints;
using Timeline.Ingestion.Intake;
using Timeline.Ingestion.Publishing;
using Timeline.ServiceDefaults.Outbox;

namespace Timeline.Ingestion;

/// <summary>Wiring of the ingestion service.</summary>
public static class IngestionExtensions
{
    /// <summary>Registers parsing, cleaning, deduplication and publishing (through the outbox; needs the store and the bus).</summary>
    public static IHostApplicationBuilder AddIngestion(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<IngestionOptions>(builder.Configuration.GetSection(IngestionOptions.Section));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<ArticlePublisher>();
        builder.Services.AddScoped<ArticleIntake>();
        builder.Services.AddSingleton<RecentFingerprints>();
        builder.Services.AddSingleton<IngestionRateLimiter>();
        builder.Services.AddOutboxStream(IngestionOutbox.Stream);
        return builder;
    }

    /// <summary>Ingestion has no consumers today; kept so every service composes the same way.</summary>
    public static IBusRegistrationConfigurator AddIngestionConsumers(this IBusRegistrationConfigurator bus) => bus;

    /// <summary>Maps /api/v1/articles.</summary>
    public static IEndpointRouteBuilder MapIngestionEndpoints(this IEndpointRouteBuilder app) => app.MapArticleEndpoints();
}
