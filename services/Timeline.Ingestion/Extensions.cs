using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Timeline.Ingestion;

/// <summary>Wiring of the ingestion service.</summary>
public static class IngestionExtensions
{
    /// <summary>Registers parsing, cleaning, deduplication and publishing.</summary>
    public static IHostApplicationBuilder AddIngestion(this IHostApplicationBuilder builder) => builder;

    /// <summary>Ingestion has no consumers today; kept so every service composes the same way.</summary>
    public static IBusRegistrationConfigurator AddIngestionConsumers(this IBusRegistrationConfigurator bus) => bus;

    /// <summary>Maps /api/v1/articles.</summary>
    public static IEndpointRouteBuilder MapIngestionEndpoints(this IEndpointRouteBuilder app) => app;
}
