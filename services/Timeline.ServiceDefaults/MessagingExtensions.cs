using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Timeline.ServiceDefaults;

/// <summary>MassTransit set-up shared by every service: RabbitMQ in production, in-memory only in embedded mode.</summary>
public static class MessagingExtensions
{
    /// <summary>Environment key of the broker URI, e.g. amqp://user:pass@rabbitmq:5672/.</summary>
    public const string RabbitMqUriKey = "RABBITMQ_URI";

    /// <summary>
    /// Registers MassTransit with the consumers <paramref name="configureConsumers"/> adds. Uses RabbitMQ when
    /// <c>RABBITMQ_URI</c> is set; otherwise the in-memory transport if <paramref name="allowInMemory"/>, else fails fast.
    /// <paramref name="configureBus"/> adds endpoints of its own (e.g. a per-instance temporary queue).
    /// </summary>
    public static IHostApplicationBuilder AddTimelineMessaging(
        this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator> configureConsumers,
        bool allowInMemory = false,
        Action<IBusRegistrationContext, IBusFactoryConfigurator>? configureBus = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configureConsumers);

        var rabbitUri = builder.Configuration[RabbitMqUriKey];
        if (string.IsNullOrWhiteSpace(rabbitUri) && !allowInMemory)
        {
            throw new InvalidOperationException(
                $"{RabbitMqUriKey} is not set. A service running as its own process needs RabbitMQ; " +
                "use the embedded host (services/Timeline.Embedded) to run everything in one process without a broker.");
        }

        var quorum = builder.Configuration.GetValue("RABBITMQ_QUORUM_QUEUES", true);

        builder.Services.AddMassTransit(x =>
        {
            x.SetKebabCaseEndpointNameFormatter();
            // MassTransit reports usage to a third-party host by default; the product makes no outbound call nobody configured.
            x.DisableUsageTelemetry();
            configureConsumers(x);

            if (!string.IsNullOrWhiteSpace(rabbitUri))
            {
                x.AddConfigureEndpointsCallback((_, _, cfg) =>
                {
                    // Quorum queues replicate across a RabbitMQ cluster. Only ConfigureEndpoints' durable
                    // queues come here; per-instance temporary queues are added through configureBus.
                    if (quorum && cfg is IRabbitMqReceiveEndpointConfigurator rmq)
                    {
                        rmq.SetQuorumQueue();
                    }
                });
                x.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(new Uri(rabbitUri), h => h.PublisherConfirmation = true);
                    configureBus?.Invoke(context, cfg);
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                // In one process nothing gates traffic on readiness, so start-up waits for the bus: a message
                // published before the in-memory endpoints are bound would otherwise be dropped.
                builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
                x.UsingInMemory((context, cfg) =>
                {
                    configureBus?.Invoke(context, cfg);
                    cfg.ConfigureEndpoints(context);
                });
            }
        });
        return builder;
    }
}
