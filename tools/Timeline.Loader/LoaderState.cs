using System.Text.Json;

namespace Timeline.Loader;

/// <summary>The keys of finished items, kept in a JSON file so an interrupted load resumes where it stopped.</summary>
public sealed class LoaderState
{
    private readonly string? _path;
    private readonly HashSet<string> _done;

    private LoaderState(string? path, IEnumerable<string> done)
    {
        _path = path;
        _done = new HashSet<string>(done, StringComparer.Ordinal);
    }

    /// <summary>Number of finished items.</summary>
    public int Count => _done.Count;

    /// <summary>Reads the state file, or starts empty when there is none; a null path keeps the state in memory only.</summary>
    public static LoaderState Load(string? path)
    {
        if (path is null || !File.Exists(path))
        {
            return new LoaderState(path, []);
        }
        var file = JsonSerializer.Deserialize<StateFile>(File.ReadAllText(path)) ?? new StateFile([]);
        return new LoaderState(path, file.Done);
    }

    /// <summary>True when the item was finished in an earlier run.</summary>
    public bool IsDone(string key) => _done.Contains(key);

    /// <summary>Records the item as finished and saves the file (written aside, then moved, so a crash never leaves half a file).</summary>
    public void MarkDone(string key)
    {
        if (!_done.Add(key) || _path is null)
        {
            return;
        }
        var temp = _path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(new StateFile([.. _done.Order(StringComparer.Ordinal)])));
        File.Move(temp, _path, overwrite: true);
    }

    private sealed record StateFile(IReadOnlyList<string> Done);
}
