using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Timeline.Contracts;

namespace Timeline.Storage.Sqlite;

/// <summary>
/// The events collection in SQLite: each event is a bounded JSON document (counts, a sample of mentions, the latest
/// history) plus indexed columns and its aggregates; every mention is a row of <c>event_mentions</c>, unique across live
/// events; every superseded (bounded) version is kept in <c>event_versions</c> for as-of queries.
/// </summary>
public sealed partial class SqliteEventStore(SqliteDatabase database, TimeProvider? timeProvider = null) : IEventStore
{
    private const string System = "sqlite";
    private const string Collection = "events";
    private const int SqliteConstraint = 19;
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly EventVersionCache _versions = new();

    /// <inheritdoc />
    public Task<TimelineEvent?> GetAsync(string id, CancellationToken cancellationToken)
    {
        using var activity = StorageTelemetry.Start(System, "get", Collection);
        using var lease = database.Rent();
        var command = lease.Session.Command("SELECT doc FROM events WHERE event_id = $id");
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        return Task.FromResult(reader.Read() ? Deserialize(reader, 0) : null);
    }

    /// <inheritdoc />
    public Task<EventPage> QueryAsync(EventQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(query), "Limit must be at least 1.");
        }
        var cursor = EventCursor.Decode(query.Cursor);
        using var activity = StorageTelemetry.Start(System, "query", Collection);
        var dir = query.Descending ? "DESC" : "ASC";
        var sql = new Sql();
        // Phase one finds the page from index columns only; phase two reads the (large) documents of that page alone.
        if (query.AsOf is not null)
        {
            sql.Text.Append("SELECT e.sort_key, e.event_id, e.row_id, e.superseded FROM ").Append(AsOfVersions).Append(" e");
            sql.Where(AsOfFilters(query, sql));
            AppendCursor(sql, cursor, "e.sort_key", query.Descending);
            sql.Text.Append(CultureInfo.InvariantCulture, $" ORDER BY e.sort_key {dir}, e.event_id {dir} LIMIT $limit");
        }
        else if (query.From is not null)
        {
            sql.Text.AppendJoin("\nUNION ALL\n", DateBranches(query, sql, "e.date_start AS k, e.event_id AS id, e.rowid AS r, 0 AS superseded",
                q => AppendCursor(q, cursor, "e.date_start", query.Descending)));
            sql.Text.Append(CultureInfo.InvariantCulture, $"\nORDER BY k {dir}, id {dir} LIMIT $limit");
        }
        else
        {
            sql.Text.Append("SELECT e.sort_key, e.event_id, e.rowid, 0 FROM events e INDEXED BY ix_events_order");
            sql.Where(LiveFilters(query, sql, withDates: true));
            AppendCursor(sql, cursor, "e.sort_key", query.Descending);
            sql.Text.Append(CultureInfo.InvariantCulture, $" ORDER BY e.sort_key {dir}, e.event_id {dir} LIMIT $limit");
        }
        sql.Set("$limit", query.Limit + 1);

        using var lease = database.Rent();
        // One read transaction: both phases see the same snapshot.
        using var snapshot = lease.Session.Connection.BeginTransaction(deferred: true);
        var keys = new List<(int Key, string Id, long Row, bool Superseded)>();
        using (var reader = sql.Bind(lease.Session, snapshot).ExecuteReader())
        {
            while (reader.Read())
            {
                keys.Add((reader.GetInt32(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt32(3) == 1));
            }
        }
        string? next = null;
        if (keys.Count > query.Limit)
        {
            keys.RemoveAt(keys.Count - 1);
            next = new EventCursor(keys[^1].Key, keys[^1].Id).Encode();
        }
        var items = new List<TimelineEvent>(keys.Count);
        foreach (var key in keys)
        {
            var fetch = lease.Session.Command(key.Superseded ? "SELECT doc FROM event_versions WHERE rowid = $r" : "SELECT doc FROM events WHERE rowid = $r", snapshot);
            fetch.Parameters.AddWithValue("$r", key.Row);
            using var reader = fetch.ExecuteReader();
            items.Add(reader.Read() && !reader.IsDBNull(0) ? Deserialize(reader, 0) : throw new InvalidDataException($"Event {key.Id} has no stored document."));
        }
        snapshot.Commit();
        activity?.SetTag("db.response.returned_rows", items.Count);
        return Task.FromResult(new EventPage(items, next));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MonthTypeCount>> CountByMonthAndTypeAsync(EventQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var activity = StorageTelemetry.Start(System, "count_by_month", Collection);
        var sql = new Sql();
        if (query.AsOf is not null)
        {
            sql.Text.Append("SELECT e.month, e.type, COUNT(*) FROM ").Append(AsOfVersions).Append(" e");
            sql.Where(AsOfFilters(query, sql));
        }
        else if (query.From is not null)
        {
            sql.Text.Append("SELECT month, type, COUNT(*) FROM (")
                .AppendJoin("\nUNION ALL\n", DateBranches(query, sql, "e.month AS month, e.type AS type", _ => { }))
                .Append(')');
        }
        else
        {
            sql.Text.Append("SELECT e.month, e.type, COUNT(*) FROM events e");
            sql.Where(LiveFilters(query, sql, withDates: true));
        }
        sql.Text.Append(" GROUP BY 1, 2 ORDER BY 1, 2");
        using var lease = database.Rent();
        var result = new List<MonthTypeCount>();
        using var reader = sql.Bind(lease.Session, null).ExecuteReader();
        while (reader.Read())
        {
            result.Add(new MonthTypeCount(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        }
        return Task.FromResult<IReadOnlyList<MonthTypeCount>>(result);
    }

    /// <inheritdoc />
    public Task<MentionPage> GetMentionsAsync(string eventId, string? cursor, int limit, CancellationToken cancellationToken)
    {
        MentionCursor.CheckLimit(limit);
        var after = MentionCursor.Decode(cursor);
        using var activity = StorageTelemetry.Start(System, "get_mentions", "event_mentions");
        using var lease = database.Rent();
        var command = lease.Session.Command(after is null
            ? "SELECT doc FROM event_mentions WHERE event_id = $e ORDER BY report_key, mention_id LIMIT $n"
            : "SELECT doc FROM event_mentions WHERE event_id = $e AND (report_key, mention_id) > ($k, $m) ORDER BY report_key, mention_id LIMIT $n");
        command.Parameters.AddWithValue("$e", eventId);
        command.Parameters.AddWithValue("$n", limit + 1);
        if (after is { } a)
        {
            command.Parameters.AddWithValue("$k", a.ReportKey);
            command.Parameters.AddWithValue("$m", a.MentionId);
        }
        var items = new List<Mention>(Math.Min(limit + 1, 64));
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                items.Add(SqliteMentionRows.Read(reader, 0));
            }
        }
        string? next = null;
        if (items.Count > limit)
        {
            items.RemoveAt(items.Count - 1);
            next = MentionCursor.After(items[^1]).Encode();
        }
        activity?.SetTag("db.response.returned_rows", items.Count);
        return Task.FromResult(new MentionPage(items, next));
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, EventTally>> GetTalliesAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        var result = new Dictionary<string, EventTally>(StringComparer.Ordinal);
        var ids = eventIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, EventTally>>(result);
        }
        using var activity = StorageTelemetry.Start(System, "get_tallies", Collection);
        using var lease = database.Rent();
        // The versions first: the tally column follows the document, so reading it walks the document's overflow pages,
        // and parsing it is most of the cost. A tally held for the version read is used as it is. One snapshot for both.
        using var snapshot = lease.Session.Connection.BeginTransaction(deferred: true);
        var missing = new List<string>();
        using (var reader = ByIds(lease.Session, snapshot, "SELECT event_id, version FROM events WHERE event_id IN ({0})", ids).ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetString(0);
                if (!_versions.TryGetTally(id, reader.GetInt64(1), out var held))
                {
                    missing.Add(id);
                }
                else if (held is not null)
                {
                    result[id] = held;
                }
            }
        }
        if (missing.Count > 0)
        {
            using var reader = ByIds(lease.Session, snapshot, "SELECT event_id, version, tally FROM events WHERE event_id IN ({0})", missing).ExecuteReader();
            while (reader.Read())
            {
                var tally = reader.IsDBNull(2) ? null : JsonSerializer.Deserialize<EventTally>(reader.GetFieldValue<byte[]>(2), StorageJson.Options)
                    ?? throw new InvalidDataException("A stored event tally is empty.");
                _versions.KeepTally(reader.GetString(0), reader.GetInt64(1), tally);
                if (tally is not null)
                {
                    result[reader.GetString(0)] = tally;
                }
            }
        }
        snapshot.Commit();
        return Task.FromResult<IReadOnlyDictionary<string, EventTally>>(result);
    }

    /// <summary>The prepared command for <paramref name="sqlFormat"/> with its {0} replaced by one parameter per id.</summary>
    private static SqliteCommand ByIds(SqliteSession session, SqliteTransaction transaction, string sqlFormat, List<string> ids)
    {
        var command = session.Command(string.Format(CultureInfo.InvariantCulture, sqlFormat, string.Join(',', Enumerable.Range(0, ids.Count).Select(i => "$i" + i))), transaction);
        for (var i = 0; i < ids.Count; i++)
        {
            command.Parameters.AddWithValue("$i" + i, ids[i]);
        }
        return command;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TimelineEvent>> FindCandidatesAsync(string type, DateOnly from, DateOnly to, bool includeUndated, CancellationToken cancellationToken) =>
        Task.FromResult(FindCandidates(type, from, to, includeUndated, acceptActors: null));

    /// <inheritdoc />
    public Task<IReadOnlyList<TimelineEvent>> FindCandidatesAsync(string type, DateOnly from, DateOnly to, bool includeUndated, Func<IReadOnlyList<string>, bool> acceptActors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(acceptActors);
        return Task.FromResult(FindCandidates(type, from, to, includeUndated, acceptActors));
    }

    private IReadOnlyList<TimelineEvent> FindCandidates(string type, DateOnly from, DateOnly to, bool includeUndated, Func<IReadOnlyList<string>, bool>? acceptActors)
    {
        using var activity = StorageTelemetry.Start(System, "find_candidates", Collection);
        using var lease = database.Rent();
        // One range per span class on ix_events_merge (type, span class, start): only events of the type starting close
        // enough to reach [from, to] are looked at. Status and actor ids are read from the index too, so the rows (and
        // documents) read are those of the candidates the actor filter keeps; both reads see one snapshot.
        var sql = includeUndated ? CandidatesWithUndatedSql : CandidatesSql;
        using var snapshot = lease.Session.Connection.BeginTransaction(deferred: true);
        var command = lease.Session.Command(sql, snapshot);
        for (var i = 0; i < EventIndexFields.SpanClassWidths.Count - 1; i++)
        {
            command.Parameters.AddWithValue("$lowest" + i, from.DayNumber - EventIndexFields.SpanClassWidths[i]);
        }
        command.Parameters.AddWithValue("$type", type);
        command.Parameters.AddWithValue("$from", from.DayNumber);
        command.Parameters.AddWithValue("$to", to.DayNumber);
        var rows = new List<long>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                if (acceptActors is null || acceptActors(Undelimit(reader.GetString(1))))
                {
                    rows.Add(reader.GetInt64(0));
                }
            }
        }
        var candidates = new List<(int Key, string Id, TimelineEvent Event)>(rows.Count);
        foreach (var row in rows)
        {
            // The version first (a column before the document): a document held for it is not read or parsed again.
            var fetch = lease.Session.Command("SELECT sort_key, event_id, version FROM events WHERE rowid = $r", snapshot);
            fetch.Parameters.AddWithValue("$r", row);
            (int Key, string Id, long Version)? found = null;
            using (var reader = fetch.ExecuteReader())
            {
                if (reader.Read())
                {
                    found = (reader.GetInt32(0), reader.GetString(1), reader.GetInt64(2));
                }
            }
            if (found is not { } f)
            {
                continue;
            }
            var document = _versions.Document(f.Id, f.Version);
            if (document is null)
            {
                var read = lease.Session.Command("SELECT doc FROM events WHERE rowid = $r", snapshot);
                read.Parameters.AddWithValue("$r", row);
                using var reader = read.ExecuteReader();
                if (!reader.Read())
                {
                    continue;
                }
                document = Deserialize(reader, 0);
                _versions.KeepDocument(document);
            }
            candidates.Add((f.Key, f.Id, document));
        }
        snapshot.Commit();
        activity?.SetTag("db.response.returned_rows", candidates.Count);
        return [.. candidates.OrderBy(c => c.Key).ThenBy(c => c.Id, StringComparer.Ordinal).Select(c => c.Event)];
    }

    private static readonly string CandidatesSql = CandidateBranches(includeUndated: false);
    private static readonly string CandidatesWithUndatedSql = CandidateBranches(includeUndated: true);

    private static string CandidateBranches(bool includeUndated)
    {
        var branches = new List<string>();
        var last = EventIndexFields.SpanClassWidths.Count - 1;
        for (var i = 0; i <= last; i++)
        {
            // The widest class also holds every longer span, so it has no lower bound (it is the rarest class).
            var lowest = i < last ? $"e.date_start >= $lowest{i} AND " : "";
            branches.Add(string.Create(CultureInfo.InvariantCulture, $"""
                SELECT e.rowid, e.actor_ids FROM events e INDEXED BY ix_events_merge
                WHERE e.type = $type AND e.span_class = {i} AND {lowest}e.date_start <= $to AND e.date_end >= $from AND e.status <> 'retired'
                """));
        }
        if (includeUndated)
        {
            branches.Add("""
                SELECT e.rowid, e.actor_ids FROM events e INDEXED BY ix_events_merge
                WHERE e.type = $type AND e.span_class = 0 AND e.date_start IS NULL AND e.status <> 'retired'
                """);
        }
        // No ORDER BY: the few candidates are sorted in memory once read.
        return string.Join("\nUNION ALL\n", branches);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TimelineEvent>> FindByArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        using var activity = StorageTelemetry.Start(System, "find_by_article", Collection);
        using var lease = database.Rent();
        var command = lease.Session.Command("""
            SELECT doc FROM events
            WHERE event_id IN (SELECT event_id FROM event_mentions WHERE article_id = $article) AND status <> 'retired'
            ORDER BY sort_key, event_id
            """);
        command.Parameters.AddWithValue("$article", articleId);
        return Task.FromResult<IReadOnlyList<TimelineEvent>>(ReadEvents(command));
    }

    /// <inheritdoc />
    public Task<bool> TryInsertAsync(TimelineEvent timelineEvent, CancellationToken cancellationToken) =>
        TryCommitAsync(new EventCommit { Inserts = [timelineEvent] }, cancellationToken);

    /// <inheritdoc />
    public Task<bool> TryReplaceAsync(TimelineEvent timelineEvent, long expectedVersion, CancellationToken cancellationToken) =>
        TryCommitAsync(new EventCommit { Replacements = [new EventReplacement(timelineEvent, expectedVersion)] }, cancellationToken);

    /// <inheritdoc />
    public Task<AppliedExtraction?> GetAppliedExtractionAsync(string articleId, CancellationToken cancellationToken)
    {
        using var activity = StorageTelemetry.Start(System, "get", "applied_extractions");
        using var lease = database.Rent();
        var command = lease.Session.Command("SELECT extracted_at_text, fingerprint FROM applied_extractions WHERE article_id = $a");
        command.Parameters.AddWithValue("$a", articleId);
        using var reader = command.ExecuteReader();
        return Task.FromResult(reader.Read()
            ? new AppliedExtraction(articleId, DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), reader.GetString(1))
            : null);
    }

    /// <inheritdoc />
    public Task<bool> TrySetAppliedExtractionAsync(AppliedExtraction applied, AppliedExtraction? expectedPrevious, CancellationToken cancellationToken) =>
        TryCommitAsync(new EventCommit { Applied = applied, ExpectedApplied = expectedPrevious }, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, long>> GetFencesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = keys.Distinct(StringComparer.Ordinal).ToDictionary(k => k, _ => 0L, StringComparer.Ordinal);
        if (result.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, long>>(result);
        }
        using var activity = StorageTelemetry.Start(System, "get", "merge_fences");
        using var lease = database.Rent();
        var command = lease.Session.Command(string.Create(CultureInfo.InvariantCulture,
            $"SELECT fence_key, version FROM merge_fences WHERE fence_key IN ({string.Join(',', Enumerable.Range(0, result.Count).Select(i => "$k" + i))})"));
        var n = 0;
        foreach (var key in result.Keys)
        {
            command.Parameters.AddWithValue("$k" + n++, key);
        }
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result[reader.GetString(0)] = reader.GetInt64(1);
        }
        return Task.FromResult<IReadOnlyDictionary<string, long>>(result);
    }

    /// <inheritdoc />
    public async Task<bool> TryCommitAsync(EventCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        commit.Validate();
        if (commit.IsEmpty)
        {
            return true;
        }

        using var activity = StorageTelemetry.Start(System, "commit", Collection);
        activity?.SetTag("timeline.inserts", commit.Inserts.Count);
        activity?.SetTag("timeline.replacements", commit.Replacements.Count);
        cancellationToken.ThrowIfCancellationRequested();
        // Serialised before it is queued, so the writer loop holds the write lock only for the statements.
        var recordedAt = _time.GetUtcNow().UtcTicks;
        var writes = commit.Replacements.Select(r => (r.Event, Expected: (long?)r.ExpectedVersion))
            .Concat(commit.Inserts.Select(e => (Event: e, Expected: (long?)null)))
            .Select(w =>
            {
                var change = commit.MentionChanges.GetValueOrDefault(w.Event.Id);
                var tally = change?.Tally is { } t ? JsonSerializer.Serialize(t, StorageJson.Options) : null;
                return new Write(w.Event, w.Expected, EventIndexFields.From(w.Event), JsonSerializer.Serialize(w.Event, StorageJson.Options), change, tally);
            })
            .ToList();
        var committed = await Enqueue(new PendingCommit(commit, writes, recordedAt)).ConfigureAwait(false);
        if (!committed)
        {
            activity?.SetTag("timeline.conflict", true);
        }
        return committed;
    }

    /// <summary>
    /// Applies one commit inside the open transaction: its checks, rows, side rows and messages. False when a check
    /// failed (a concurrent writer got there first); the caller then undoes whatever it wrote.
    /// </summary>
    private static bool Apply(SqliteSession session, SqliteTransaction transaction, PendingCommit pending)
    {
        var (commit, writes) = (pending.Commit, pending.Writes);
        var ok = ApplyFences(session, transaction, commit.Fences)
            && ApplyAppliedExtraction(session, transaction, commit.Applied, commit.ExpectedApplied);
        for (var i = 0; ok && i < writes.Count; i++)
        {
            ok = WriteEventRow(session, transaction, writes[i], pending.RecordedAt);
        }
        if (!ok)
        {
            return false;
        }
        // Side rows change by difference (a merge usually adds one mention and keeps the rest). Every removal of
        // the commit runs before any move or addition, so mentions can move between events of one commit (a
        // merge) without tripping the unique mention key.
        var changes = writes.Select(w => SideRowChanges(session, transaction, w)).ToList();
        foreach (var phase in (ReadOnlySpan<SideRows.Phase>)[SideRows.Phase.Removals, SideRows.Phase.Moves, SideRows.Phase.Clears, SideRows.Phase.Additions])
        {
            foreach (var change in changes)
            {
                change.Apply(session, transaction, phase);
            }
        }
        SqliteOutbox.Append(session, transaction, commit.Messages);
        return true;
    }

    private sealed record Write(TimelineEvent Event, long? Expected, EventIndexFields Fields, string Doc, MentionChange? Change, string? Tally);

    private static bool ApplyFences(SqliteSession session, SqliteTransaction transaction, IReadOnlyDictionary<string, long> fences)
    {
        foreach (var (key, expected) in fences)
        {
            var command = session.Command(expected == 0
                ? "INSERT INTO merge_fences (fence_key, version) VALUES ($k, 1) ON CONFLICT DO NOTHING"
                : "UPDATE merge_fences SET version = version + 1 WHERE fence_key = $k AND version = $v", transaction);
            command.Parameters.AddWithValue("$k", key);
            command.Parameters.AddWithValue("$v", expected);
            if (command.ExecuteNonQuery() != 1)
            {
                return false;
            }
        }
        return true;
    }

    private static bool ApplyAppliedExtraction(SqliteSession session, SqliteTransaction transaction, AppliedExtraction? applied, AppliedExtraction? expected)
    {
        if (applied is null)
        {
            return true;
        }
        SqliteCommand command;
        if (expected is null)
        {
            command = session.Command("""
                INSERT INTO applied_extractions (article_id, extracted_at, extracted_at_text, fingerprint)
                VALUES ($a, $t, $tt, $f) ON CONFLICT DO NOTHING
                """, transaction);
        }
        else
        {
            command = session.Command("""
                UPDATE applied_extractions SET extracted_at = $t, extracted_at_text = $tt, fingerprint = $f
                WHERE article_id = $a AND extracted_at = $et AND fingerprint = $ef
                """, transaction);
            command.Parameters.AddWithValue("$et", expected.ExtractedAt.UtcTicks);
            command.Parameters.AddWithValue("$ef", expected.Fingerprint);
        }
        command.Parameters.AddWithValue("$a", applied.ArticleId);
        command.Parameters.AddWithValue("$t", applied.ExtractedAt.UtcTicks);
        command.Parameters.AddWithValue("$tt", applied.ExtractedAt.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$f", applied.Fingerprint);
        return command.ExecuteNonQuery() == 1;
    }

    /// <summary>Writes the event row; a replacement first appends the outgoing version to <c>event_versions</c>.</summary>
    private static bool WriteEventRow(SqliteSession session, SqliteTransaction transaction, Write w, long recordedAt) =>
        w.Expected is { } expected ? ReplaceEventRow(session, transaction, w, expected, recordedAt) : InsertEventRow(session, transaction, w, recordedAt);

    private static bool InsertEventRow(SqliteSession session, SqliteTransaction transaction, Write w, long recordedAt)
    {
        var insert = session.Command("""
            INSERT INTO events (event_id, version, type, status, date_start, date_end, sort_key, span_class, month, source_count,
                                location_key, actor_ids, countries, search_text, doc, recorded_at, tally)
            VALUES ($id, $version, $type, $status, $ds, $de, $sk, $span, $month, $sc, $loc, $actors, $countries, $text, $doc, $at, $tally)
            ON CONFLICT DO NOTHING
            """, transaction);
        AddColumns(insert, w.Event, w.Fields, w.Doc);
        insert.Parameters.AddWithValue("$tally", (object?)w.Tally ?? DBNull.Value);
        insert.Parameters.AddWithValue("$at", recordedAt);
        return insert.ExecuteNonQuery() == 1;
    }

    private static bool ReplaceEventRow(SqliteSession session, SqliteTransaction transaction, Write w, long expected, long recordedAt)
    {
        // Runs before the update: if the expected version is not current it copies nothing, the update below fails and
        // all rolls back. The copy is appended at the table's end, so it writes no page but the last.
        var keep = session.Command("""
            INSERT INTO event_versions (event_id, version, recorded_at, superseded_at, type, status, date_start, date_end, sort_key,
                month, source_count, location_key, actor_ids, countries, search_text, doc)
            SELECT event_id, version, recorded_at, $at, type, status, date_start, date_end, sort_key,
                month, source_count, location_key, actor_ids, countries, search_text, doc
            FROM events WHERE event_id = $id AND version = $expected
            """, transaction);
        keep.Parameters.AddWithValue("$id", w.Event.Id);
        keep.Parameters.AddWithValue("$expected", expected);
        keep.Parameters.AddWithValue("$at", recordedAt);
        keep.ExecuteNonQuery();
        // Most replacements (a mention joining) keep the indexed columns: an update that sets none of them leaves the
        // indexes on events alone, a page write fewer for each. When they changed, the full update runs.
        var unindexed = session.Command("""
            UPDATE events SET version = $version, source_count = $sc, location_key = $loc, countries = $countries,
                search_text = $text, doc = $doc, recorded_at = $at, tally = $tally
            WHERE event_id = $id AND version = $expected AND type = $type AND status = $status AND date_start IS $ds
              AND date_end IS $de AND sort_key = $sk AND span_class = $span AND month = $month AND actor_ids = $actors
            """, transaction);
        AddColumns(unindexed, w.Event, w.Fields, w.Doc);
        unindexed.Parameters.AddWithValue("$tally", (object?)w.Tally ?? DBNull.Value);
        unindexed.Parameters.AddWithValue("$expected", expected);
        unindexed.Parameters.AddWithValue("$at", recordedAt);
        if (unindexed.ExecuteNonQuery() == 1)
        {
            return true;
        }
        var update = session.Command("""
            UPDATE events SET version = $version, type = $type, status = $status, date_start = $ds, date_end = $de,
                sort_key = $sk, span_class = $span, month = $month, source_count = $sc, location_key = $loc, actor_ids = $actors,
                countries = $countries, search_text = $text, doc = $doc, recorded_at = $at, tally = $tally
            WHERE event_id = $id AND version = $expected
            """, transaction);
        AddColumns(update, w.Event, w.Fields, w.Doc);
        update.Parameters.AddWithValue("$tally", (object?)w.Tally ?? DBNull.Value);
        update.Parameters.AddWithValue("$expected", expected);
        update.Parameters.AddWithValue("$at", recordedAt);
        return update.ExecuteNonQuery() == 1;
    }

    /// <summary>The side rows (actors, countries, live mentions) the write removes, moves and adds, against those stored now.</summary>
    private static SideRows SideRowChanges(SqliteSession session, SqliteTransaction transaction, Write w)
    {
        var actors = w.Fields.ActorIds.ToHashSet(StringComparer.Ordinal);
        var countries = w.Fields.Countries.ToHashSet(StringComparer.Ordinal);
        var change = new SideRows(w.Event.Id);
        var live = EventIndexFields.IsLive(w.Event);
        // Without a mention change the event's list is its whole set: a list, not a set, so a mention id repeated
        // within the event still fails on the unique key, as it always has.
        var mentions = w.Change is null && live ? w.Event.Mentions.ToList() : [];
        if (w.Expected is not null)
        {
            // Actors and countries as stored, by their keys' leading event id.
            var read = session.Command("""
                SELECT 0, actor_id FROM event_actors WHERE event_id = $e
                UNION ALL SELECT 1, country FROM event_countries WHERE event_id = $e
                """, transaction);
            read.Parameters.AddWithValue("$e", w.Event.Id);
            using (var reader = read.ExecuteReader())
            {
                while (reader.Read())
                {
                    var value = reader.GetString(1);
                    var isActor = reader.GetInt32(0) == 0;
                    if (!(isActor ? actors : countries).Remove(value))
                    {
                        change.Removals.Add((isActor ? DeleteActor : DeleteCountry, value, null));
                    }
                }
            }
            if (w.Change is null)
            {
                // A whole set: the stored rows it no longer holds go (read by event, before anything is changed).
                var stored = session.Command("SELECT mention_id, article_id FROM event_mentions WHERE event_id = $e", transaction);
                stored.Parameters.AddWithValue("$e", w.Event.Id);
                using var reader = stored.ExecuteReader();
                while (reader.Read())
                {
                    var (id, article) = (reader.GetString(0), reader.GetString(1));
                    var index = mentions.FindIndex(m => m.MentionId == id && m.ArticleId == article);
                    if (index >= 0)
                    {
                        mentions.RemoveAt(index);
                    }
                    else
                    {
                        change.Removals.Add((DeleteMention, id, article));
                    }
                }
            }
        }
        if (w.Change is { } delta)
        {
            change.Removals.AddRange(delta.RemovedArticleIds.Select(a => (DeleteArticleMentions, a, (string?)null)));
            change.Moves.AddRange(delta.AbsorbedEventIds.Select(a => (MoveMentions, a, (string?)null)));
            if (!live)
            {
                // A retired event keeps no mentions: those not moved to its survivor go.
                change.Clears.Add((DeleteEventMentions, "", null));
            }
            else
            {
                mentions.AddRange(delta.Added);
            }
        }
        change.Additions.AddRange(actors.Select(a => (InsertActor, a, (string?)null)));
        change.Additions.AddRange(countries.Select(c => (InsertCountry, c, (string?)null)));
        // A mention another live event holds makes its insert throw SQLITE_CONSTRAINT: the commit reports a conflict.
        change.Mentions.AddRange(mentions);
        return change;
    }

    private const string InsertActor = "INSERT INTO event_actors (event_id, actor_id) VALUES ($e, $v)";
    private const string InsertCountry = "INSERT INTO event_countries (event_id, country) VALUES ($e, $v)";
    private const string DeleteActor = "DELETE FROM event_actors WHERE event_id = $e AND actor_id = $v";
    private const string DeleteCountry = "DELETE FROM event_countries WHERE event_id = $e AND country = $v";
    private const string DeleteMention = "DELETE FROM event_mentions WHERE article_id = $a AND mention_id = $v AND event_id = $e";
    private const string DeleteArticleMentions = "DELETE FROM event_mentions WHERE article_id = $v AND event_id = $e";
    private const string MoveMentions = "UPDATE event_mentions SET event_id = $e WHERE event_id = $v";
    private const string DeleteEventMentions = "DELETE FROM event_mentions WHERE event_id = $e";

    /// <summary>One event's side-row statements: each binds the event ($e), the value ($v) and, for mentions, the article ($a).</summary>
    private sealed class SideRows(string eventId)
    {
        /// <summary>Removals, then moves into survivors, then what retired events still hold, then additions.</summary>
        public enum Phase { Removals, Moves, Clears, Additions }

        public List<(string Sql, string Value, string? Article)> Removals { get; } = [];
        public List<(string Sql, string Value, string? Article)> Moves { get; } = [];
        public List<(string Sql, string Value, string? Article)> Clears { get; } = [];
        public List<(string Sql, string Value, string? Article)> Additions { get; } = [];
        public List<Mention> Mentions { get; } = [];

        public void Apply(SqliteSession session, SqliteTransaction transaction, Phase phase)
        {
            foreach (var (sql, value, article) in phase switch { Phase.Removals => Removals, Phase.Moves => Moves, Phase.Clears => Clears, _ => Additions })
            {
                var command = session.Command(sql, transaction);
                command.Parameters.AddWithValue("$e", eventId);
                command.Parameters.AddWithValue("$v", value);
                if (article is not null)
                {
                    command.Parameters.AddWithValue("$a", article);
                }
                command.ExecuteNonQuery();
            }
            if (phase == Phase.Additions)
            {
                foreach (var m in Mentions)
                {
                    var insert = session.Command(SqliteMentionRows.Insert, transaction);
                    SqliteMentionRows.Bind(insert, m);
                    insert.Parameters.AddWithValue("$e", eventId);
                    insert.ExecuteNonQuery();
                }
            }
        }
    }

    private static void AddColumns(SqliteCommand command, TimelineEvent e, EventIndexFields fields, string? doc)
    {
        command.Parameters.AddWithValue("$id", e.Id);
        command.Parameters.AddWithValue("$version", e.Version);
        command.Parameters.AddWithValue("$type", e.Type);
        command.Parameters.AddWithValue("$status", e.Status);
        command.Parameters.AddWithValue("$ds", (object?)fields.DateStart ?? DBNull.Value);
        command.Parameters.AddWithValue("$de", (object?)fields.DateEnd ?? DBNull.Value);
        command.Parameters.AddWithValue("$sk", fields.SortKey);
        command.Parameters.AddWithValue("$span", fields.SpanClass);
        command.Parameters.AddWithValue("$month", fields.Month);
        command.Parameters.AddWithValue("$sc", e.SourceCount);
        command.Parameters.AddWithValue("$loc", (object?)fields.LocationKey ?? DBNull.Value);
        command.Parameters.AddWithValue("$actors", Delimit(fields.ActorIds));
        command.Parameters.AddWithValue("$countries", Delimit(fields.Countries));
        command.Parameters.AddWithValue("$text", fields.SearchText);
        if (doc is not null)
        {
            command.Parameters.AddWithValue("$doc", doc);
        }
    }

    // "|a|b|" lets instr() test membership exactly on the versions table, which has no side tables.
    private static string Delimit(IReadOnlyList<string> values) => values.Count == 0 ? "|" : "|" + string.Join('|', values) + "|";

    // Actor ids are gazetteer ids and hold no '|' (the as-of membership test above relies on that as well).
    private static string[] Undelimit(string delimited) => delimited.Split('|', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// One SELECT per span class over ix_events_dates, each bounded to starts that can reach [from, to], for a query
    /// with a From date. Each branch is ordered by (date_start, event_id) from the index, so SQLite merges them and
    /// stops at the page's end instead of sorting every match.
    /// </summary>
    private static List<string> DateBranches(EventQuery query, Sql sql, string columns, Action<Sql> cursor)
    {
        var from = query.From!.Value.DayNumber;
        sql.Set("$from", from);
        if (query.To is { } to)
        {
            sql.Set("$to", to.DayNumber);
        }
        var filters = LiveFilters(query, sql, withDates: false);
        var branches = new List<string>();
        var last = EventIndexFields.SpanClassWidths.Count - 1;
        for (var i = 0; i <= last; i++)
        {
            var branch = new Sql(sql.Parameters);
            branch.Text.Append(CultureInfo.InvariantCulture, $"SELECT {columns} FROM events e INDEXED BY ix_events_dates");
            var where = new List<string> { string.Create(CultureInfo.InvariantCulture, $"e.span_class = {i}") };
            if (i < last)
            {
                // The widest class also holds every longer span, so it has no lower bound (it is the rarest class).
                where.Add(string.Create(CultureInfo.InvariantCulture, $"e.date_start >= $lowest{i}"));
                sql.Set("$lowest" + i, from - EventIndexFields.SpanClassWidths[i]);
            }
            where.Add(query.To is null ? "e.date_start IS NOT NULL" : "e.date_start <= $to");
            where.Add("e.date_end >= $from");
            where.AddRange(filters);
            branch.Where(where);
            cursor(branch);
            branches.Add(branch.Text.ToString());
        }
        return branches;
    }

    private static void AppendCursor(Sql sql, EventCursor? cursor, string key, bool descending)
    {
        if (cursor is not { } c)
        {
            return;
        }
        // A row value compares (key, id) as one, which SQLite turns into an index range.
        sql.Text.Append(sql.HasWhere ? " AND " : " WHERE ")
            .Append(CultureInfo.InvariantCulture, $"({key}, e.event_id) {(descending ? "<" : ">")} ($ck, $cid)");
        sql.Set("$ck", c.SortKey);
        sql.Set("$cid", c.Id);
    }

    /// <summary>Filters on the current events; dates (when <paramref name="withDates"/>) as plain comparisons.</summary>
    private static List<string> LiveFilters(EventQuery query, Sql sql, bool withDates)
    {
        var where = new List<string>();
        if (withDates)
        {
            AddDates(query, sql, where);
            if (query.To is not null)
            {
                // Same rows (sort_key is date_start for dated events), stated on the index's leading column.
                where.Add("e.sort_key <= $to");
            }
        }
        var actors = query.ActorIds.Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < actors.Count; i++)
        {
            where.Add($"EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.event_id AND a.actor_id = $actor{i})");
            sql.Set("$actor" + i, actors[i]);
        }
        var countries = query.Countries.Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < countries.Count; i++)
        {
            where.Add($"EXISTS (SELECT 1 FROM event_countries c WHERE c.event_id = e.event_id AND c.country = $country{i})");
            sql.Set("$country" + i, countries[i]);
        }
        AddColumnFilters(query, sql, where, live: true);
        return where;
    }

    /// <summary>
    /// Each event as it stood at $asof: its current row when recorded by then, else the superseded version in force
    /// then. Both sides carry the columns the filters read; superseded = 1 says which table row_id is in.
    /// </summary>
    private const string AsOfVersions = """
        (SELECT rowid AS row_id, 0 AS superseded, event_id, type, status, date_start, date_end, sort_key, month,
                source_count, location_key, actor_ids, countries, search_text
         FROM events WHERE recorded_at <= $asof
         UNION ALL
         SELECT rowid, 1, event_id, type, status, date_start, date_end, sort_key, month,
                source_count, location_key, actor_ids, countries, search_text
         FROM event_versions WHERE recorded_at <= $asof AND superseded_at > $asof)
        """;

    /// <summary>Filters on <see cref="AsOfVersions"/>: dates, actors and countries by the version's own columns.</summary>
    private static List<string> AsOfFilters(EventQuery query, Sql sql)
    {
        var where = new List<string>();
        sql.Set("$asof", query.AsOf!.Value.UtcTicks);
        AddDates(query, sql, where);
        var actors = query.ActorIds.Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < actors.Count; i++)
        {
            where.Add($"instr(e.actor_ids, $actor{i}) > 0");
            sql.Set("$actor" + i, "|" + actors[i] + "|");
        }
        var countries = query.Countries.Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < countries.Count; i++)
        {
            where.Add($"instr(e.countries, $country{i}) > 0");
            sql.Set("$country" + i, "|" + countries[i] + "|");
        }
        AddColumnFilters(query, sql, where, live: false);
        return where;
    }

    private static void AddDates(EventQuery query, Sql sql, List<string> where)
    {
        if (query.From is { } from)
        {
            where.Add("e.date_end >= $from");
            sql.Set("$from", from.DayNumber);
        }
        if (query.To is { } to)
        {
            where.Add("e.date_start <= $to");
            sql.Set("$to", to.DayNumber);
        }
    }

    /// <summary>
    /// Filters on the event's own columns. Free text: each term in the summary and sampled evidence, or (live events)
    /// in any of the event's stored mentions; a version as of a moment has only its own text.
    /// </summary>
    private static void AddColumnFilters(EventQuery query, Sql sql, List<string> where, bool live)
    {
        AddIn(where, sql, "e.type", "type", query.Types);
        if (query.Statuses.Count > 0)
        {
            AddIn(where, sql, "e.status", "status", query.Statuses);
        }
        else
        {
            where.Add("e.status <> 'retired'");
        }
        if (EventIndexFields.LocationKeyOf(query.Location) is { } location)
        {
            where.Add("e.location_key = $loc");
            sql.Set("$loc", location);
        }
        if (query.MinSources is { } min)
        {
            where.Add("e.source_count >= $minsrc");
            sql.Set("$minsrc", min);
        }
        var terms = EventIndexFields.SearchTerms(query.Text);
        for (var i = 0; i < terms.Count; i++)
        {
            where.Add(live
                ? $"(instr(e.search_text, $term{i}) > 0 OR EXISTS (SELECT 1 FROM event_mentions m INDEXED BY ix_event_mentions_page WHERE m.event_id = e.event_id AND instr(m.search_text, $term{i}) > 0))"
                : $"instr(e.search_text, $term{i}) > 0");
            sql.Set("$term" + i, terms[i]);
        }
    }

    private static void AddIn(List<string> where, Sql sql, string column, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }
        var names = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            names.Add($"${name}{i}");
            sql.Set($"${name}{i}", values[i]);
        }
        where.Add($"{column} IN ({string.Join(',', names)})");
    }

    private static List<TimelineEvent> ReadEvents(SqliteCommand command)
    {
        var result = new List<TimelineEvent>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(Deserialize(reader, 0));
        }
        return result;
    }

    // The document's UTF-8 bytes as SQLite holds them: no UTF-16 copy of a large string to transcode back.
    // A document stored before events were bounded comes back bounded too.
    private static TimelineEvent Deserialize(SqliteDataReader reader, int ordinal) =>
        MentionSample.Bound(JsonSerializer.Deserialize<TimelineEvent>(reader.GetFieldValue<byte[]>(ordinal), StorageJson.Options)
            ?? throw new InvalidDataException("A stored event document is empty."));

    /// <summary>SQL text and its named parameters, bound to a session's prepared command at the end.</summary>
    private sealed class Sql(Dictionary<string, object>? parameters = null)
    {
        public StringBuilder Text { get; } = new();

        public Dictionary<string, object> Parameters { get; } = parameters ?? new(StringComparer.Ordinal);

        public bool HasWhere { get; private set; }

        public void Set(string name, object? value) => Parameters[name] = value ?? DBNull.Value;

        public void Where(List<string> where)
        {
            if (where.Count > 0)
            {
                Text.Append(" WHERE ").AppendJoin(" AND ", where);
                HasWhere = true;
            }
        }

        public SqliteCommand Bind(SqliteSession session, SqliteTransaction? transaction)
        {
            var command = session.Command(Text.ToString(), transaction);
            foreach (var (name, value) in Parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }
            return command;
        }
    }
}
