using Timeline.Extraction;
using Timeline.Gateway;
using Timeline.Ingestion;
using Timeline.ServiceDefaults;
using Timeline.Storage;
using Timeline.TimelineService;

namespace Timeline.Embedded;

/// <summary>The whole product in one process: the four services on the in-memory transport and one store.</summary>
public static class EmbeddedTimeline
{
    /// <summary>
    /// Builds the embedded application; <paramref name="configure"/> lets tests and tools override settings. A key
    /// generated on first start is printed to <paramref name="console"/> (standard output by default).
    /// </summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null, TextWriter? console = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        // Embedded mode is the in-memory transport by definition, even where RABBITMQ_URI is set for other processes.
        builder.Configuration[MessagingExtensions.RabbitMqUriKey] = "";
        builder.Services.AddSingleton(EmbeddedApiKey.Configure(builder.Configuration, console ?? Console.Out));
        builder.AddServiceDefaults("timeline-embedded");
        builder.AddTimelineStorage();
        builder.AddIngestion();
        builder.AddExtraction();
        builder.AddTimelineMerging();
        builder.AddGateway();
        builder.AddTimelineMessaging(
            bus =>
            {
                bus.AddIngestionConsumers();
                bus.AddExtractionConsumers();
                bus.AddTimelineConsumers();
                bus.AddGatewayConsumers();
            },
            allowInMemory: true,
            configureBus: GatewayExtensions.ConfigureGatewayEndpoints);
        builder.AddTimelinePublishing();
        builder.Services.AddHostedService<SampleLoader>();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapDefaultEndpoints();
        app.MapIngestionEndpoints();
        app.MapGateway();
        return app;
    }
}
