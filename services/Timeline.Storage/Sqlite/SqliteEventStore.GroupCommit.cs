using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Timeline.Storage.Sqlite;

// Group commit of the events store: commits waiting for the writer are read by one writer loop, which applies every
// waiting commit (up to MaxGroup) in one transaction, each under a savepoint of its own. A commit whose check fails
// (a version, fence or applied extraction moved; a mention another event holds) is rolled back to its savepoint and
// reports a conflict; the others of the group still commit. Each commit's checks run after the earlier commits of its
// group, so a group is exactly those commits one after another: what one transaction per commit gave, with one BEGIN,
// one COMMIT and one WAL append of the pages they share (indexes, outbox, fences) for the group.
public sealed partial class SqliteEventStore
{
    /// <summary>The most commits one transaction takes, so a long queue still commits (and answers) in steps.</summary>
    internal const int MaxGroup = SqliteWriterLoop<PendingCommit>.MaxGroup;

    private const string Savepoint = "merge";
    private SqliteWriterLoop<PendingCommit>? _writer;

    private Task<bool> Enqueue(PendingCommit pending)
    {
        // Once queued, a commit is applied even if its caller gives up: a group's transaction is not cancelled for one of
        // them (a redelivery then finds the extraction applied).
        Writer.Enqueue(pending);
        return pending.Result.Task;
    }

    private SqliteWriterLoop<PendingCommit> Writer =>
        LazyInitializer.EnsureInitialized(ref _writer, () => new SqliteWriterLoop<PendingCommit>(database, CommitGroup, (pending, ex) => pending.Result.TrySetException(ex)));

    private void CommitGroup(SqliteSession session, List<PendingCommit> group)
    {
        // The group's span is linked to the trace of every commit it applies.
        using var activity = StorageTelemetry.Start(System, "commit_group", Collection, group.Where(p => p.Trace != default).Select(p => new ActivityLink(p.Trace)));
        activity?.SetTag("db.operation.batch.size", group.Count);
        StorageTelemetry.CommitGroupSize.Record(group.Count);
        bool[] results;
        try
        {
            results = Commit(session, group);
        }
        catch (Exception ex) when (group.Count > 1 && ex is SqliteException or InvalidOperationException)
        {
            // Not a conflict (a conflict only rolls back to its savepoint) but a failure that may have ended the
            // transaction: each commit goes again on its own, so the one that fails fails alone.
            foreach (var pending in group)
            {
                try
                {
                    var ok = Commit(session, [pending])[0];
                    Completed(pending, ok);
                }
                catch (Exception single) when (single is SqliteException or InvalidOperationException)
                {
                    pending.Result.TrySetException(single);
                }
            }
            return;
        }
        for (var i = 0; i < group.Count; i++)
        {
            Completed(group[i], results[i]);
        }
    }

    // After the transaction committed: what a read of each written version would give is held, then the caller answered.
    private void Completed(PendingCommit pending, bool committed)
    {
        if (committed)
        {
            foreach (var w in pending.Writes)
            {
                // The document bounded, the tally as written (none without one).
                _versions.KeepDocument(MentionSample.Bound(w.Event));
                _versions.KeepTally(w.Event.Id, w.Event.Version, w.Change?.Tally);
            }
        }
        pending.Result.TrySetResult(committed);
    }

    // One transaction for the group; BEGIN IMMEDIATE takes the write lock up front, so no deadlock on upgrade. A group
    // of one needs no savepoint: its conflict rolls back the transaction, as before there were groups.
    private bool[] Commit(SqliteSession session, IReadOnlyList<PendingCommit> group)
    {
        var results = new bool[group.Count];
        using var transaction = session.Connection.BeginTransaction();
        var any = false;
        for (var i = 0; i < group.Count; i++)
        {
            if (group.Count > 1)
            {
                transaction.Save(Savepoint);
            }
            bool ok;
            try
            {
                ok = Apply(session, transaction, group[i]);
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint)
            {
                // A unique key (event id or mention id) taken by a concurrent writer: a conflict, not a failure. A
                // constraint error ends only its statement, so the transaction goes on.
                ok = false;
            }
            if (group.Count > 1)
            {
                if (!ok)
                {
                    transaction.Rollback(Savepoint);
                }
                transaction.Release(Savepoint);
            }
            results[i] = ok;
            any |= ok;
        }
        if (!any)
        {
            transaction.Rollback();
            return results;
        }
        transaction.Commit();
        database.Committed();
        return results;
    }

    /// <summary>A commit waiting for its group's transaction, its rows already serialised.</summary>
    private sealed record PendingCommit(EventCommit Commit, IReadOnlyList<Write> Writes, long RecordedAt)
    {
        /// <summary>The trace of the caller's commit span (none without one).</summary>
        public ActivityContext Trace { get; } = Activity.Current?.Context ?? default;

        // Continuations run on the pool, not on the writer loop's thread, which goes on with the next group.
        public TaskCompletionSource<bool> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
