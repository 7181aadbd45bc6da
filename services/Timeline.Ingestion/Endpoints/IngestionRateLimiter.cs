using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Timeline.Ingestion.Endpoints;

/// <summary>
/// Fixed-window limit per client on the ingestion API: one bucket per API key's client name, and one per address for
/// anonymous reads. Over the limit the answer is 429 with Retry-After, before the body is read.
/// </summary>
public sealed class IngestionRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _limiter;

    /// <summary>Builds the limiter from <see cref="IngestionOptions.RateLimit"/>; a permit limit of 0 or less turns it off.</summary>
    public IngestionRateLimiter(IOptions<IngestionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value.RateLimit;
        if (settings.PermitLimit > 0)
        {
            _limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.PermitLimit,
                Window = TimeSpan.FromSeconds(Math.Max(1, settings.WindowSeconds)),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
        }
    }

    /// <summary>Endpoint filter: passes the request on, or answers 429 problem+json with Retry-After.</summary>
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var limiter = http.RequestServices.GetService(typeof(IngestionRateLimiter)) as IngestionRateLimiter;
        if (limiter?._limiter is not { } partitions)
        {
            return await next(context).ConfigureAwait(false);
        }
        var client = http.User.Identity?.IsAuthenticated == true
            ? "key:" + http.User.FindFirstValue(ClaimTypes.Name)
            : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        using var lease = partitions.AttemptAcquire(client);
        if (lease.IsAcquired)
        {
            return await next(context).ConfigureAwait(false);
        }
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        http.Response.Headers.RetryAfter = Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Results.Problem(title: "Too many requests", statusCode: StatusCodes.Status429TooManyRequests,
            detail: "This client has used its requests for the current window; retry after the number of seconds in Retry-After.");
    }

    /// <inheritdoc />
    public void Dispose() => _limiter?.Dispose();
}
