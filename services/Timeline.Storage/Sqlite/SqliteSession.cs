using Microsoft.Data.Sqlite;

namespace Timeline.Storage.Sqlite;

/// <summary>
/// An open connection kept with its prepared statements: SQLite compiles a statement once per session instead of on
/// every call, which is a large share of a small query's cost.
/// </summary>
internal sealed class SqliteSession(SqliteConnection connection) : IDisposable
{
    // Dynamic queries vary with their filters; a bound keeps an odd mix of them from growing the cache for ever.
    private const int MaxStatements = 128;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteConnection Connection { get; } = connection;

    /// <summary>The prepared command for <paramref name="sql"/>, its parameters cleared, enlisted in <paramref name="transaction"/>.</summary>
    public SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            if (_commands.Count >= MaxStatements)
            {
                foreach (var old in _commands.Values)
                {
                    old.Dispose();
                }
                _commands.Clear();
            }
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }
        command.Parameters.Clear();
        command.Transaction = transaction;
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
        _commands.Clear();
        Connection.Dispose();
    }
}
