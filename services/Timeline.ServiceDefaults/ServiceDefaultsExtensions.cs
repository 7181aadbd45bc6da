using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Timeline.ServiceDefaults.Access;

namespace Timeline.ServiceDefaults;

/// <summary>What every Timeline service sets up the same way: telemetry, health, problem details, logging.</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>Tag of the health checks that decide readiness (broker, store).</summary>
    public const string ReadyTag = "ready";

    /// <summary>Adds OpenTelemetry (traces, metrics, logs), health checks, problem details and JSON console logs.</summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.Logging.AddJsonConsole(o =>
        {
            // Scopes carry TraceId/SpanId, so every log line can be joined to its trace.
            o.IncludeScopes = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            o.UseUtcTimestamp = true;
        });
        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        var otlp = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var exporting = !string.IsNullOrWhiteSpace(otlp);
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName, serviceNamespace: "timeline"))
            .WithTracing(t => t
                // With nowhere to send spans, none is recorded: trace and span ids still flow through HTTP headers,
                // messages and log lines, but no span collects tags and events for nobody (a per-message cost).
                .SetSampler(exporting ? new ParentBasedSampler(new AlwaysOnSampler()) : new AlwaysOffSampler())
                .AddSource(TimelineTelemetry.Prefix + "*")
                .AddSource("MassTransit")
                .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !ctx.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation());
        if (exporting)
        {
            // Exporting only when an endpoint is configured: no collector is assumed to exist. Without one, metrics are
            // still there for dotnet-counters (it reads the meters directly) but nothing aggregates them in-process, and
            // log records are not copied for an exporter that does not exist.
            otel.WithMetrics(m => m
                    .AddMeter(TimelineTelemetry.Meter.Name, Timeline.Storage.StorageTelemetry.Meter.Name)
                    .AddMeter("MassTransit")
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation())
                .UseOtlpExporter();
            builder.Logging.AddOpenTelemetry(o =>
            {
                o.IncludeFormattedMessage = true;
                o.IncludeScopes = true;
            });
        }

        builder.Services.AddProblemDetails();
        builder.AddApiKeyAccess();
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), tags: ["live"]);
        return builder;
    }

    /// <summary>
    /// The start of every service's HTTP pipeline: problem details for unhandled errors and for bare status codes, and the
    /// health endpoints. Test hosts call it too, so they answer as the service does.
    /// </summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app.MapDefaultEndpoints();
    }

    /// <summary>Maps /health/live (the process answers) and /health/ready (broker and store reachable).</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = c => c.Tags.Contains("live") });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(ReadyTag),
            ResponseWriter = WriteHealthJson,
            // MassTransit reports a bus that lost its broker as Degraded: a service that cannot publish or consume is
            // not ready, so a load balancer holds traffic back until it is.
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return app;
    }

    private static Task WriteHealthJson(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        if (!context.User.HasClaim(ApiScopes.ClaimType, ApiScopes.Admin))
        {
            // The checks' descriptions name files, hosts and errors: only an admin key sees them.
            return context.Response.WriteAsJsonAsync(new { status = report.Status.ToString() });
        }
        return context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        });
    }
}
