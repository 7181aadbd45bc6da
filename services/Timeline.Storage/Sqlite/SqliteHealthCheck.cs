using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Timeline.Storage.Sqlite;

/// <summary>Ready when the SQLite file opens and answers a query.</summary>
public sealed class SqliteHealthCheck(SqliteDatabase database) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = database.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM merge_fences";
            command.ExecuteScalar();
            return Task.FromResult(HealthCheckResult.Healthy($"sqlite {database.Path}"));
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"sqlite {database.Path}: {ex.Message}", ex));
        }
    }
}
