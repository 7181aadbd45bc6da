using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Timeline.Storage;
using Timeline.Storage.Sqlite;
using Timeline.TimelineService.Merging;

namespace Timeline.TimelineService.Tests;

/// <summary>A SQLite store on a real temporary file, deleted afterwards.</summary>
public sealed class TempStore : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "timeline-merge-" + Guid.NewGuid().ToString("N"));

    public TempStore()
    {
        Path_ = System.IO.Path.Combine(_folder, "timeline.db");
        Store = new SqliteEventStore(new SqliteDatabase(Path_));
    }

    public string Path_ { get; }

    public IEventStore Store { get; }

    /// <summary>A second, independent connection set to the same file, as another process would have.</summary>
    public IEventStore OpenAnother() => new SqliteEventStore(new SqliteDatabase(Path_));

    public EventMerger Merger(IEventStore? store = null) => new(store ?? Store, NullLogger<EventMerger>.Instance);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
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
