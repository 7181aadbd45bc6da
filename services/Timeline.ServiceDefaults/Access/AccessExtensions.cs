using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Timeline.ServiceDefaults.Access;

/// <summary>Registers API-key authentication and one authorization policy per scope.</summary>
public static class AccessExtensions
{
    /// <summary>Adds the X-Api-Key scheme as the default and the policies <see cref="ApiScopes.Ingest"/> and <see cref="ApiScopes.Admin"/>.</summary>
    public static IHostApplicationBuilder AddApiKeyAccess(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ApiClients>();
        builder.Services.AddHostedService<ApiClientsCheck>();
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiScopes.Ingest, p => p.RequireClaim(ApiScopes.ClaimType, ApiScopes.Ingest))
            .AddPolicy(ApiScopes.Admin, p => p.RequireClaim(ApiScopes.ClaimType, ApiScopes.Admin));
        return builder;
    }
}

/// <summary>Reads the clients at start, so a malformed entry stops the service with its message instead of failing every request.</summary>
internal sealed class ApiClientsCheck(IServiceProvider services) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<ApiClients>();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
