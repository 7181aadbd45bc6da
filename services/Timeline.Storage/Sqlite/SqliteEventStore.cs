using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Timeline.Contracts;

namespace Timeline.Storage.Sqlite;

/// <summary>
/// The events collection in SQLite: each event is a JSON document plus indexed columns; every stored version is kept
/// in <c>event_versions</c> for as-of queries; mention ids are unique across live events.
/// </summary>
public sealed class SqliteEventStore(SqliteDatabase database, TimeProvider? timeProvider = null) : IEventStore
{
    private const string System = "sqlite";
    private const string Collection = "events";
    private const int SqliteConstraint = 19;
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <inheritdoc />
    public Task<TimelineEvent?> GetAsync(string id, CancellationToken cancellationToken)
    {
        using var activity = StorageTelemetry.Start(System, "get", Collection);
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT doc FROM events WHERE event_id = $id";
        command.Parameters.AddWithValue("$id", id);
        return Task.FromResult(command.ExecuteScalar() is string doc ? Deserialize(doc) : null);
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
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        var sql = new StringBuilder("SELECT e.sort_key, e.event_id, e.doc FROM ").Append(Source(query, command));
        var where = Filters(query, command);
        if (cursor is { } c)
        {
            var op = query.Descending ? "<" : ">";
            where.Add($"(e.sort_key {op} $ck OR (e.sort_key = $ck AND e.event_id {op} $cid))");
            command.Parameters.AddWithValue("$ck", c.SortKey);
            command.Parameters.AddWithValue("$cid", c.Id);
        }
        AppendWhere(sql, where);
        var dir = query.Descending ? "DESC" : "ASC";
        sql.Append(CultureInfo.InvariantCulture, $" ORDER BY e.sort_key {dir}, e.event_id {dir} LIMIT $limit");
        command.Parameters.AddWithValue("$limit", query.Limit + 1);
        command.CommandText = sql.ToString();

        var items = new List<(int Key, string Id, TimelineEvent Event)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                items.Add((reader.GetInt32(0), reader.GetString(1), Deserialize(reader.GetString(2))));
            }
        }
        string? next = null;
        if (items.Count > query.Limit)
        {
            items.RemoveAt(items.Count - 1);
            next = new EventCursor(items[^1].Key, items[^1].Id).Encode();
        }
        activity?.SetTag("db.response.returned_rows", items.Count);
        return Task.FromResult(new EventPage(items.Select(i => i.Event).ToList(), next));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MonthTypeCount>> CountByMonthAndTypeAsync(EventQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var activity = StorageTelemetry.Start(System, "count_by_month", Collection);
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        var sql = new StringBuilder("SELECT e.month, e.type, COUNT(*) FROM ").Append(Source(query, command));
        AppendWhere(sql, Filters(query, command));
        sql.Append(" GROUP BY e.month, e.type ORDER BY e.month, e.type");
        command.CommandText = sql.ToString();
        var result = new List<MonthTypeCount>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new MonthTypeCount(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        }
        return Task.FromResult<IReadOnlyList<MonthTypeCount>>(result);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TimelineEvent>> FindCandidatesAsync(string type, DateOnly from, DateOnly to, bool includeUndated, CancellationToken cancellationToken)
    {
        using var activity = StorageTelemetry.Start(System, "find_candidates", Collection);
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        // One range per span class on (type, span_class, date_start): only events starting close enough to reach
        // [from, to] are read, instead of every event of the type.
        var branches = new List<string>();
        for (var i = 0; i < EventIndexFields.SpanClassWidths.Count; i++)
        {
            branches.Add(string.Create(CultureInfo.InvariantCulture, $"""
                SELECT sort_key, event_id, doc FROM events
                WHERE type = $type AND span_class = {i} AND date_start BETWEEN $lowest{i} AND $to AND date_end >= $from AND status <> 'retired'
                """));
            command.Parameters.AddWithValue("$lowest" + i, from.DayNumber - EventIndexFields.SpanClassWidths[i]);
        }
        if (includeUndated)
        {
            branches.Add("SELECT sort_key, event_id, doc FROM events WHERE type = $type AND span_class = 0 AND date_start IS NULL AND status <> 'retired'");
        }
        // No ORDER BY: it would tempt the planner into the sort index; the few candidates are sorted below.
        command.CommandText = string.Join("\nUNION ALL\n", branches);
        command.Parameters.AddWithValue("$type", type);
        command.Parameters.AddWithValue("$from", from.DayNumber);
        command.Parameters.AddWithValue("$to", to.DayNumber);
        var candidates = new List<(int Key, string Id, TimelineEvent Event)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                candidates.Add((reader.GetInt32(0), reader.GetString(1), Deserialize(reader.GetString(2))));
            }
        }
        return Task.FromResult<IReadOnlyList<TimelineEvent>>(
            [.. candidates.OrderBy(c => c.Key).ThenBy(c => c.Id, StringComparer.Ordinal).Select(c => c.Event)]);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TimelineEvent>> FindByArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        using var activity = StorageTelemetry.Start(System, "find_by_article", Collection);
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT doc FROM events
            WHERE event_id IN (SELECT event_id FROM event_mentions WHERE article_id = $article) AND status <> 'retired'
            ORDER BY sort_key, event_id
            """;
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
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT extracted_at_text, fingerprint FROM applied_extractions WHERE article_id = $a";
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
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        var names = new List<string>();
        var i = 0;
        foreach (var key in result.Keys)
        {
            names.Add("$k" + i);
            command.Parameters.AddWithValue("$k" + i++, key);
        }
        command.CommandText = $"SELECT fence_key, version FROM merge_fences WHERE fence_key IN ({string.Join(',', names)})";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result[reader.GetString(0)] = reader.GetInt64(1);
        }
        return Task.FromResult<IReadOnlyDictionary<string, long>>(result);
    }

    /// <inheritdoc />
    public Task<bool> TryCommitAsync(EventCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        foreach (var r in commit.Replacements)
        {
            if (r.Event.Version <= r.ExpectedVersion)
            {
                throw new ArgumentException($"Event {r.Event.Id}: the new version must exceed the expected one.", nameof(commit));
            }
        }
        if (commit.Applied is null && commit.ExpectedApplied is not null)
        {
            throw new ArgumentException("ExpectedApplied needs Applied.", nameof(commit));
        }
        if (commit.IsEmpty)
        {
            return Task.FromResult(true);
        }

        using var activity = StorageTelemetry.Start(System, "commit", Collection);
        activity?.SetTag("timeline.inserts", commit.Inserts.Count);
        activity?.SetTag("timeline.replacements", commit.Replacements.Count);
        using var connection = database.Open();
        // BeginTransaction() is BEGIN IMMEDIATE: the write lock is taken up front, so no deadlock on upgrade.
        using var transaction = connection.BeginTransaction();
        try
        {
            var ok = ApplyFences(connection, commit.Fences)
                && ApplyAppliedExtraction(connection, commit.Applied, commit.ExpectedApplied);
            var recordedAt = _time.GetUtcNow().UtcTicks;
            var writes = commit.Replacements.Select(r => (r.Event, Expected: (long?)r.ExpectedVersion))
                .Concat(commit.Inserts.Select(e => (Event: e, Expected: (long?)null)))
                .Select(w => (w.Event, w.Expected, Fields: EventIndexFields.From(w.Event), Doc: JsonSerializer.Serialize(w.Event, StorageJson.Options)))
                .ToList();
            foreach (var w in writes)
            {
                ok = ok && WriteEventRow(connection, w.Event, w.Fields, w.Doc, w.Expected);
            }
            if (ok)
            {
                // Every replaced event drops its side rows before any are written again, so mentions can move between
                // events of one commit (a merge) without tripping the unique mention key.
                foreach (var r in commit.Replacements)
                {
                    ClearSideRows(connection, r.Event.Id);
                }
                using var rows = new RowWriter(connection);
                foreach (var w in writes)
                {
                    WriteSideRows(rows, w.Event, w.Fields);
                    WriteVersion(connection, w.Event, w.Fields, w.Doc, recordedAt);
                }
            }
            if (!ok)
            {
                transaction.Rollback();
                activity?.SetTag("timeline.conflict", true);
                return Task.FromResult(false);
            }
            transaction.Commit();
            return Task.FromResult(true);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint)
        {
            // A unique key (event id or mention id) taken by a concurrent writer: a conflict, not a failure.
            transaction.Rollback();
            activity?.SetTag("timeline.conflict", true);
            return Task.FromResult(false);
        }
    }

    private static bool ApplyFences(SqliteConnection connection, IReadOnlyDictionary<string, long> fences)
    {
        foreach (var (key, expected) in fences)
        {
            using var command = connection.CreateCommand();
            command.CommandText = expected == 0
                ? "INSERT INTO merge_fences (fence_key, version) VALUES ($k, 1) ON CONFLICT DO NOTHING"
                : "UPDATE merge_fences SET version = version + 1 WHERE fence_key = $k AND version = $v";
            command.Parameters.AddWithValue("$k", key);
            command.Parameters.AddWithValue("$v", expected);
            if (command.ExecuteNonQuery() != 1)
            {
                return false;
            }
        }
        return true;
    }

    private static bool ApplyAppliedExtraction(SqliteConnection connection, AppliedExtraction? applied, AppliedExtraction? expected)
    {
        if (applied is null)
        {
            return true;
        }
        using var command = connection.CreateCommand();
        if (expected is null)
        {
            command.CommandText = """
                INSERT INTO applied_extractions (article_id, extracted_at, extracted_at_text, fingerprint)
                VALUES ($a, $t, $tt, $f) ON CONFLICT DO NOTHING
                """;
        }
        else
        {
            if (!string.Equals(expected.ArticleId, applied.ArticleId, StringComparison.Ordinal))
            {
                throw new ArgumentException("Applied and expected markers are for different articles.", nameof(expected));
            }
            command.CommandText = """
                UPDATE applied_extractions SET extracted_at = $t, extracted_at_text = $tt, fingerprint = $f
                WHERE article_id = $a AND extracted_at = $et AND fingerprint = $ef
                """;
            command.Parameters.AddWithValue("$et", expected.ExtractedAt.UtcTicks);
            command.Parameters.AddWithValue("$ef", expected.Fingerprint);
        }
        command.Parameters.AddWithValue("$a", applied.ArticleId);
        command.Parameters.AddWithValue("$t", applied.ExtractedAt.UtcTicks);
        command.Parameters.AddWithValue("$tt", applied.ExtractedAt.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$f", applied.Fingerprint);
        return command.ExecuteNonQuery() == 1;
    }

    private static bool WriteEventRow(SqliteConnection connection, TimelineEvent e, EventIndexFields fields, string doc, long? expectedVersion)
    {
        using var command = connection.CreateCommand();
        command.CommandText = expectedVersion is null
            ? """
              INSERT INTO events (event_id, version, type, status, date_start, date_end, sort_key, span_class, month, source_count,
                                  location_key, actor_ids, countries, search_text, doc)
              VALUES ($id, $version, $type, $status, $ds, $de, $sk, $span, $month, $sc, $loc, $actors, $countries, $text, $doc)
              ON CONFLICT DO NOTHING
              """
            : """
              UPDATE events SET version = $version, type = $type, status = $status, date_start = $ds, date_end = $de,
                  sort_key = $sk, span_class = $span, month = $month, source_count = $sc, location_key = $loc, actor_ids = $actors,
                  countries = $countries, search_text = $text, doc = $doc
              WHERE event_id = $id AND version = $expected
              """;
        AddColumns(command, e, fields, doc);
        command.Parameters.AddWithValue("$expected", expectedVersion ?? 0);
        return command.ExecuteNonQuery() == 1;
    }

    private static void ClearSideRows(SqliteConnection connection, string eventId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM event_actors WHERE event_id = $e;
            DELETE FROM event_countries WHERE event_id = $e;
            DELETE FROM event_mentions WHERE event_id = $e;
            """;
        command.Parameters.AddWithValue("$e", eventId);
        command.ExecuteNonQuery();
    }

    private static void WriteSideRows(RowWriter rows, TimelineEvent e, EventIndexFields fields)
    {
        foreach (var actor in fields.ActorIds)
        {
            rows.Insert("INSERT INTO event_actors (event_id, actor_id) VALUES ($e, $v)", e.Id, actor);
        }
        foreach (var country in fields.Countries)
        {
            rows.Insert("INSERT INTO event_countries (event_id, country) VALUES ($e, $v)", e.Id, country);
        }
        if (EventIndexFields.IsLive(e))
        {
            foreach (var mention in e.Mentions)
            {
                // Throws SQLITE_CONSTRAINT when another live event holds the mention: the commit reports a conflict.
                rows.Insert("INSERT INTO event_mentions (mention_id, event_id, article_id) VALUES ($v, $e, $a)", e.Id, mention.MentionId, mention.ArticleId);
            }
        }
    }

    /// <summary>Side-table inserts of one commit, each statement prepared once and rebound per row.</summary>
    private sealed class RowWriter(SqliteConnection connection) : IDisposable
    {
        private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

        public void Insert(string sql, string eventId, string value, string? article = null)
        {
            if (!_commands.TryGetValue(sql, out var command))
            {
                command = connection.CreateCommand();
                command.CommandText = sql;
                command.Parameters.Add("$e", SqliteType.Text);
                command.Parameters.Add("$v", SqliteType.Text);
                command.Parameters.Add("$a", SqliteType.Text);
                command.Prepare();
                _commands[sql] = command;
            }
            command.Parameters["$e"].Value = eventId;
            command.Parameters["$v"].Value = value;
            command.Parameters["$a"].Value = (object?)article ?? DBNull.Value;
            command.ExecuteNonQuery();
        }

        public void Dispose()
        {
            foreach (var command in _commands.Values)
            {
                command.Dispose();
            }
        }
    }

    private static void WriteVersion(SqliteConnection connection, TimelineEvent e, EventIndexFields fields, string doc, long recordedAt)
    {
        using var version = connection.CreateCommand();
        version.CommandText = """
            INSERT OR REPLACE INTO event_versions (event_id, version, recorded_at, type, status, date_start, date_end, sort_key,
                month, source_count, location_key, actor_ids, countries, search_text, doc)
            VALUES ($id, $version, $at, $type, $status, $ds, $de, $sk, $month, $sc, $loc, $actors, $countries, $text, $doc)
            """;
        AddColumns(version, e, fields, doc);
        version.Parameters.AddWithValue("$at", recordedAt);
        version.ExecuteNonQuery();
    }

    private static void AddColumns(SqliteCommand command, TimelineEvent e, EventIndexFields fields, string doc)
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
        command.Parameters.AddWithValue("$doc", doc);
    }

    // "|a|b|" lets instr() test membership exactly on the versions table, which has no side tables.
    private static string Delimit(IReadOnlyList<string> values) => values.Count == 0 ? "|" : "|" + string.Join('|', values) + "|";

    /// <summary>The current events, or for an as-of query each event's latest version recorded at or before the moment.</summary>
    private static string Source(EventQuery query, SqliteCommand command)
    {
        if (query.AsOf is null)
        {
            return "events e";
        }
        command.Parameters.AddWithValue("$asof", query.AsOf.Value.UtcTicks);
        return "event_versions e";
    }

    private static List<string> Filters(EventQuery query, SqliteCommand command)
    {
        var where = new List<string>();
        var asOf = query.AsOf is not null;
        if (asOf)
        {
            where.Add("e.recorded_at <= $asof AND NOT EXISTS (SELECT 1 FROM event_versions n WHERE n.event_id = e.event_id AND n.recorded_at <= $asof AND n.version > e.version)");
        }
        if (query.From is { } from)
        {
            where.Add("e.date_end >= $from");
            command.Parameters.AddWithValue("$from", from.DayNumber);
        }
        if (query.To is { } to)
        {
            where.Add("e.date_start <= $to");
            command.Parameters.AddWithValue("$to", to.DayNumber);
        }
        AddMembership(where, command, query.ActorIds.Distinct(StringComparer.Ordinal).ToList(), "actor", "event_actors", "actor_id", "actor_ids", asOf, v => v);
        AddMembership(where, command, query.Countries.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), "country", "event_countries", "country", "countries", asOf, v => v.ToUpperInvariant());
        AddIn(where, command, "e.type", "type", query.Types);
        if (query.Statuses.Count > 0)
        {
            AddIn(where, command, "e.status", "status", query.Statuses);
        }
        else
        {
            where.Add("e.status <> 'retired'");
        }
        if (EventIndexFields.LocationKeyOf(query.Location) is { } location)
        {
            where.Add("e.location_key = $loc");
            command.Parameters.AddWithValue("$loc", location);
        }
        if (query.MinSources is { } min)
        {
            where.Add("e.source_count >= $minsrc");
            command.Parameters.AddWithValue("$minsrc", min);
        }
        var terms = EventIndexFields.SearchTerms(query.Text);
        for (var i = 0; i < terms.Count; i++)
        {
            where.Add($"instr(e.search_text, $term{i}) > 0");
            command.Parameters.AddWithValue("$term" + i, terms[i]);
        }
        return where;
    }

    private static void AddMembership(List<string> where, SqliteCommand command, List<string> values, string name, string table, string column, string delimited, bool asOf, Func<string, string> normalize)
    {
        for (var i = 0; i < values.Count; i++)
        {
            var p = $"${name}{i}";
            if (asOf)
            {
                where.Add($"instr(e.{delimited}, {p}) > 0");
                command.Parameters.AddWithValue(p, "|" + normalize(values[i]) + "|");
            }
            else
            {
                where.Add($"e.event_id IN (SELECT event_id FROM {table} WHERE {column} = {p})");
                command.Parameters.AddWithValue(p, normalize(values[i]));
            }
        }
    }

    private static void AddIn(List<string> where, SqliteCommand command, string column, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }
        var names = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            names.Add($"${name}{i}");
            command.Parameters.AddWithValue($"${name}{i}", values[i]);
        }
        where.Add($"{column} IN ({string.Join(',', names)})");
    }

    private static void AppendWhere(StringBuilder sql, List<string> where)
    {
        if (where.Count > 0)
        {
            sql.Append(" WHERE ").AppendJoin(" AND ", where);
        }
    }

    private static List<TimelineEvent> ReadEvents(SqliteCommand command)
    {
        var result = new List<TimelineEvent>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(Deserialize(reader.GetString(0)));
        }
        return result;
    }

    private static TimelineEvent Deserialize(string doc) =>
        JsonSerializer.Deserialize<TimelineEvent>(doc, StorageJson.Options)
        ?? throw new InvalidDataException("A stored event document is empty.");
}
