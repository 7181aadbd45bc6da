using Timeline.Storage.Sqlite;

namespace Timeline.Storage.Tests;

/// <summary>The store contract on the SQLite adapter, each test on its own temporary file.</summary>
public sealed class SqliteStoreTests : StoreContract, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "timeline-store-" + Guid.NewGuid().ToString("N"));

    protected override Task<(IEventStore Events, IArticleStore Articles)> OpenAsync()
    {
        var database = new SqliteDatabase(Path.Combine(_folder, "timeline.db"));
        return Task.FromResult<(IEventStore, IArticleStore)>((new SqliteEventStore(database, Clock), new SqliteArticleStore(database)));
    }

    [Fact]
    public void Creates_the_schema_idempotently_in_wal_mode()
    {
        var path = Path.Combine(_folder, "twice.db");
        _ = new SqliteDatabase(path);
        var again = new SqliteDatabase(path);

        using var connection = again.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
