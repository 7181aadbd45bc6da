using System.Threading.Channels;

namespace Timeline.Storage.Sqlite;

/// <summary>
/// Group commit for one SQLite store: writes waiting for SQLite's single writer are read by one loop, which takes every
/// waiting write (up to <see cref="MaxGroup"/>) once the writer's turn is its own and applies them in one transaction, so
/// one BEGIN, one COMMIT and one WAL append of the shared pages serve the group.
/// </summary>
/// <typeparam name="T">A waiting write, with the task its caller awaits.</typeparam>
/// <param name="database">The database whose writer's turn the loop takes.</param>
/// <param name="commitGroup">Applies a group in one session and completes each write's task.</param>
/// <param name="fail">Fails one write's task with the error that stopped its group.</param>
internal sealed class SqliteWriterLoop<T>(SqliteDatabase database, Action<SqliteSession, List<T>> commitGroup, Action<T, Exception> fail)
{
    /// <summary>The most writes one transaction takes, so a long queue still commits (and answers) in steps.</summary>
    public const int MaxGroup = 32;

    private readonly Channel<T> _pending = Channel.CreateUnbounded<T>(new UnboundedChannelOptions { SingleReader = true });
    private int _started;

    /// <summary>Queues a write; once queued it is applied even if its caller gives up, as a group is not cancelled for one of them.</summary>
    public void Enqueue(T write)
    {
        _pending.Writer.TryWrite(write);
        if (Volatile.Read(ref _started) == 0 && Interlocked.CompareExchange(ref _started, 1, 0) == 0)
        {
            // The loop outlives the first caller: it must not run inside that caller's trace for ever.
            using (ExecutionContext.SuppressFlow())
            {
                _ = Task.Run(WriteAsync, CancellationToken.None);
            }
        }
    }

    // For as long as the store lives, each group of waiting writes is applied together.
    private async Task WriteAsync()
    {
        var reader = _pending.Reader;
        var group = new List<T>(MaxGroup);
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            group.Clear();
            try
            {
                using var lease = database.Rent();
                // The group is taken once the turn is ours: writes that arrive while another writer holds it join the group.
                using var turn = database.WaitForWriterTurn(CancellationToken.None);
                while (group.Count < MaxGroup && reader.TryRead(out var next))
                {
                    group.Add(next);
                }
                commitGroup(lease.Session, group);
            }
#pragma warning disable CA1031 // Whatever failed is handed to the callers waiting on these writes; none may wait for ever, and the loop goes on.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                // Failed before the group was taken (no connection): the waiting writes get the error rather than a retry in a loop.
                while (group.Count == 0 && reader.TryRead(out var next))
                {
                    fail(next, ex);
                }
                foreach (var write in group)
                {
                    fail(write, ex);
                }
            }
        }
    }
}
