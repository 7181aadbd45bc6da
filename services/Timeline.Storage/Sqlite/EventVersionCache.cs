using Timeline.Contracts;

namespace Timeline.Storage.Sqlite;

/// <summary>
/// The latest parsed document and tally of the events this process wrote or read, by event id and version. Every
/// replacement raises the version under a check of the one it replaces, so an (id, version) pair names one content for
/// every writer of the file: a merge that finds a candidate at a version held here uses it instead of parsing its
/// document or tally again (on a popular story, the same event's, article after article).
/// </summary>
internal sealed class EventVersionCache
{
    // Enough for the events a busy news day keeps touching; when full it starts over (a miss costs one read).
    internal const int MaxEvents = 1024;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (long Version, TimelineEvent Document)> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Version, EventTally? Tally)> _tallies = new(StringComparer.Ordinal);

    /// <summary>The document of <paramref name="id"/> at <paramref name="version"/>, when held.</summary>
    public TimelineEvent? Document(string id, long version)
    {
        lock (_lock)
        {
            return _documents.TryGetValue(id, out var held) && held.Version == version ? held.Document : null;
        }
    }

    /// <summary>The tally stored with <paramref name="id"/> at <paramref name="version"/> (null: the row has none), when known.</summary>
    public bool TryGetTally(string id, long version, out EventTally? tally)
    {
        lock (_lock)
        {
            if (_tallies.TryGetValue(id, out var held) && held.Version == version)
            {
                tally = held.Tally;
                return true;
            }
        }
        tally = null;
        return false;
    }

    /// <summary>Holds a document as the store reads it back (bounded), unless a later version is held already.</summary>
    public void KeepDocument(TimelineEvent document)
    {
        lock (_lock)
        {
            if (_documents.TryGetValue(document.Id, out var held) && held.Version > document.Version)
            {
                return;
            }
            if (_documents.Count >= MaxEvents)
            {
                _documents.Clear();
            }
            _documents[document.Id] = (document.Version, document);
        }
    }

    /// <summary>Holds the tally stored with an event's version (null: none), unless a later version is held already.</summary>
    public void KeepTally(string id, long version, EventTally? tally)
    {
        lock (_lock)
        {
            if (_tallies.TryGetValue(id, out var held) && held.Version > version)
            {
                return;
            }
            if (_tallies.Count >= MaxEvents)
            {
                _tallies.Clear();
            }
            _tallies[id] = (version, tally);
        }
    }
}
