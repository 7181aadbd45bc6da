using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Timeline.Gateway.Actors;
using Timeline.Gateway.Endpoints;
using Timeline.Gateway.Localization;
using Timeline.Gateway.Querying;
using Timeline.Gateway.Streaming;
using Timeline.Lexicon;

namespace Timeline.Gateway;

/// <summary>Wiring of the query gateway.</summary>
public static class GatewayExtensions
{
    /// <summary>Name of the per-client rate limit policy applied to /api/v1.</summary>
    public const string RateLimitPolicy = "per-client-ip";

    private const string CorsPolicy = "gateway";

    /// <summary>
    /// The page loads only its own script, style sheet and API: no inline or remote script can run even if a stored
    /// value slipped through. Inline style attributes stay allowed for the type colours the script sets.
    /// </summary>
    public const string PageContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Registers the query API, streaming, exports and the web page.</summary>
    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.Configure<GatewayOptions>(builder.Configuration.GetSection(GatewayOptions.Section));
        var options = builder.Configuration.GetSection(GatewayOptions.Section).Get<GatewayOptions>() ?? new GatewayOptions();

        // Arabic stays readable in JSON instead of \u escapes; HTML-sensitive characters are still escaped.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        // Events and participants are written with their Arabic summary, place and names beside the English ones.
        services.AddOptions<JsonOptions>().Configure<ArabicSummaryWriter>((o, arabic) =>
            o.SerializerOptions.TypeInfoResolver = (o.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(ArabicFields.Modifier(arabic)));

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new ActorDirectory(Gazetteer.Default));
        services.AddSingleton(_ => new ArabicNames(Gazetteer.Default));
        services.AddSingleton<ArabicSummaryWriter>();
        services.AddSingleton<EventQueryParser>();
        services.AddTransient<EventReader>();
        services.AddSingleton<StreamHub>();

        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Timeline API";
            document.Info.Description =
                "Russia–North Korea diplomatic events merged from Arabic and English news: query, export and follow live. " +
                "Errors are application/problem+json. Unknown actors and unknown query parameters are 400, so a typo never " +
                "silently widens a query. Requests are rate limited per client IP (429 with Retry-After).";
            return Task.CompletedTask;
        }));

        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies are trusted, not the loopback defaults.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in options.ForwardedHeaders.KnownProxies.Where(p => !string.IsNullOrWhiteSpace(p)))
            {
                forwarded.KnownProxies.Add(IPAddress.TryParse(proxy.Trim(), out var address)
                    ? address
                    : throw new InvalidOperationException($"Gateway:ForwardedHeaders:KnownProxies: \"{proxy}\" is not an IP address."));
            }
            foreach (var network in options.ForwardedHeaders.KnownNetworks.Where(n => !string.IsNullOrWhiteSpace(n)))
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network.Trim(), out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"Gateway:ForwardedHeaders:KnownNetworks: \"{network}\" is not a CIDR network."));
            }
        });

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitPolicy, http =>
            {
                var settings = http.RequestServices.GetRequiredService<IOptionsMonitor<GatewayOptions>>().CurrentValue.RateLimit;
                if (settings.PermitLimit <= 0)
                {
                    return RateLimitPartition.GetNoLimiter("off");
                }
                var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = settings.PermitLimit,
                    Window = TimeSpan.FromSeconds(Math.Max(1, settings.WindowSeconds)),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                GatewayMetrics.RateLimited.Add(1);
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    http.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }
                var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests.",
                        Detail = "This client has used its requests for the current window; retry after the number of seconds in Retry-After.",
                    },
                });
            };
        });

        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true; // public read-only data: no secret for a compression side channel to leak
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["application/problem+json", "text/csv", "text/calendar", "image/svg+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);

        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            var origins = options.Cors.Origins.Where(o => !string.IsNullOrWhiteSpace(o)).ToArray();
            if (origins.Contains("*"))
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins(origins);
            }
            policy.WithMethods("GET", "HEAD").WithHeaders("If-None-Match", "Last-Event-ID", "Accept")
                .WithExposedHeaders("ETag", "Retry-After", "Location");
        }));
        return builder;
    }

    /// <summary>Registers the consumers that feed the live stream (excluded from ConfigureEndpoints: see below).</summary>
    public static IBusRegistrationConfigurator AddGatewayConsumers(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddConsumer<StreamFeedConsumer>().ExcludeFromConfigureEndpoints();
        return bus;
    }

    /// <summary>Adds this instance's temporary queue for the live stream: every gateway replica receives every event.</summary>
    public static void ConfigureGatewayEndpoints(IBusRegistrationContext context, IBusFactoryConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        if (bus is IRabbitMqBusFactoryConfigurator rabbit)
        {
            // The stream queue is per instance and goes with it, and MassTransit gives its _error and _skipped queues the
            // same life. Poison messages are evidence: their queues are durable and outlive the instance, as elsewhere.
            rabbit.SendTopology.ConfigureErrorSettings = KeepDurable;
            rabbit.SendTopology.ConfigureDeadLetterSettings = KeepDurable;
        }
        bus.ReceiveEndpoint(new TemporaryEndpointDefinition("gateway-stream"), e =>
        {
            // One message at a time, so stream clients see events in the order the timeline service published them. The
            // broker may still send ahead: with a prefetch of one, each message waited for the previous one's ack to reach
            // the broker, and under load the queue backed up behind those round trips.
            e.PrefetchCount = 32;
            e.ConcurrentMessageLimit = 1;
            e.ConfigureConsumer<StreamFeedConsumer>(context);
        });
    }

    private static void KeepDurable(IRabbitMqQueueBindingConfigurator queue)
    {
        queue.Durable = true;
        queue.AutoDelete = false;
        queue.Exclusive = false;
        queue.QueueExpiration = null;
    }

    /// <summary>Maps /api/v1/events and the rest of the read API, the stream and the page.</summary>
    public static WebApplication MapGateway(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<GatewayOptions>>().Value.ForwardedHeaders.Enabled)
        {
            // First, so the rate limiter and the logs see the client's address rather than the proxy's.
            app.UseForwardedHeaders();
        }
        app.UseResponseCompression();
        app.UseCors();

        var page = new EmbeddedFileProvider(typeof(GatewayExtensions).Assembly, "Timeline.Gateway.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = page });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = page,
            OnPrepareResponse = ctx =>
            {
                ctx.Context.Response.Headers.XContentTypeOptions = "nosniff";
                ctx.Context.Response.Headers.ContentSecurityPolicy = PageContentSecurityPolicy;
                ctx.Context.Response.Headers.CacheControl = "no-cache";
            },
        });
        app.UseRateLimiter();

        app.MapOpenApi().RequireCors(CorsPolicy);
        app.MapScalarApiReference("/scalar", o => o
            .WithTitle("Timeline API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts());

        var api = app.MapGroup("/api/v1")
            .RequireRateLimiting(RateLimitPolicy)
            .RequireCors(CorsPolicy)
            .WithTags("Timeline");
        api.MapEventEndpoints();
        api.MapActorEndpoints();
        api.MapStatsEndpoints();
        api.MapStreamEndpoints();
        return app;
    }
}
