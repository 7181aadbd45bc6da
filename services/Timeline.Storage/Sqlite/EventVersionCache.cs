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
    // Entries per generation. When the current one is full it becomes the previous one (the one before is dropped), so
    // the events touched most recently are always held, and at most twice this many.
    internal const int MaxEvents = 1024;
    private readonly Lock _lock = new();
    private Generation _current = new();
    private Generation _previous = new();

    /// <summary>The document of <paramref name="id"/> at <paramref name="version"/>, when held.</summary>
    public TimelineEvent? Document(string id, long version)
    {
        lock (_lock)
        {
            return Find(g => g.Documents, id) is { } held && held.Version == version ? held.Document : null;
        }
    }

    /// <summary>The tally stored with <paramref name="id"/> at <paramref name="version"/> (null: the row has none), when known.</summary>
    public bool TryGetTally(string id, long version, out EventTally? tally)
    {
        lock (_lock)
        {
            if (Find(g => g.Tallies, id) is { } held && held.Version == version)
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
            if (Find(g => g.Documents, document.Id) is not { } held || held.Version <= document.Version)
            {
                Room().Documents[document.Id] = (document.Version, document);
            }
        }
    }

    /// <summary>Holds the tally stored with an event's version (null: none), unless a later version is held already.</summary>
    public void KeepTally(string id, long version, EventTally? tally)
    {
        lock (_lock)
        {
            if (Find(g => g.Tallies, id) is not { } held || held.Version <= version)
            {
                Room().Tallies[id] = (version, tally);
            }
        }
    }

    // The entry of the current generation, else of the previous one (moved into the current: it is in use).
    private T? Find<T>(Func<Generation, Dictionary<string, T>> map, string id)
        where T : struct
    {
        if (map(_current).TryGetValue(id, out var held))
        {
            return held;
        }
        if (!map(_previous).Remove(id, out held))
        {
            return null;
        }
        map(Room())[id] = held;
        return held;
    }

    private Generation Room()
    {
        if (_current.Documents.Count + _current.Tallies.Count >= 2 * MaxEvents)
        {
            (_previous, _current) = (_current, new Generation());
        }
        return _current;
    }

    private sealed class Generation
    {
        public Dictionary<string, (long Version, TimelineEvent Document)> Documents { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, (long Version, EventTally? Tally)> Tallies { get; } = new(StringComparer.Ordinal);
    }
}
