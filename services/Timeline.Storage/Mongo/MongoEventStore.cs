using System.Text.Json;
using MongoDB.Bson;
using MongoDB.Driver;
using Timeline.Contracts;

namespace Timeline.Storage.Mongo;

/// <summary>
/// The events collection in MongoDB. Commits run in a multi-document transaction (a replica set is required; a
/// single-node set is enough); optimistic concurrency is a version filter on ReplaceOne, fences and applied markers are
/// compare-and-set updates. Event documents are bounded (a sample of mentions, the latest history, the aggregates);
/// every mention is a document of <c>event_mentions</c>, whose unique _id makes it belong to one live event.
/// </summary>
public sealed class MongoEventStore(MongoContext mongo, TimeProvider? timeProvider = null) : IEventStore
{
    private const string System = "mongodb";
    private const string Collection = "events";
    private static readonly FilterDefinitionBuilder<EventDocument> F = Builders<EventDocument>.Filter;
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <inheritdoc />
    public async Task<TimelineEvent?> GetAsync(string id, CancellationToken cancellationToken)
    {
        using var activity = StorageTelemetry.Start(System, "get", Collection);
        var doc = await mongo.Events.Find(F.Eq(d => d.Id, id)).FirstOrDefaultAsync(cancellationToken);
        return doc?.ToEvent();
    }

    /// <inheritdoc />
    public async Task<EventPage> QueryAsync(EventQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(query), "Limit must be at least 1.");
        }
        var cursor = EventCursor.Decode(query.Cursor);
        using var activity = StorageTelemetry.Start(System, "query", Collection);
        var searchMentions = SearchesMentions(query);
        var filter = MongoEventQueries.Filter(query, await WidestSpanAsync(query, cancellationToken), textOnDocument: !searchMentions);
        if (cursor is { } c)
        {
            filter &= MongoEventQueries.After(c, query.Descending);
        }
        List<EventDocument> docs;
        if (searchMentions)
        {
            // Free text on live events: each term in the document's own text or in one of its mentions, looked up per
            // event in page order (the event_page index), so a page stops reading once it is full.
            var pipeline = Source(query).Aggregate().Match(filter).Sort(MongoEventQueries.Order(query.Descending));
            foreach (var stage in MongoEventQueries.TextStages(query.Text, mongo.MentionOwners.CollectionNamespace.CollectionName))
            {
                pipeline = pipeline.AppendStage<EventDocument>(stage);
            }
            docs = await pipeline.Limit(query.Limit + 1).ToListAsync(cancellationToken);
        }
        else
        {
            docs = await Source(query).Find(filter).Sort(MongoEventQueries.Order(query.Descending)).Limit(query.Limit + 1).ToListAsync(cancellationToken);
        }
        string? next = null;
        if (docs.Count > query.Limit)
        {
            docs.RemoveAt(docs.Count - 1);
            next = new EventCursor(docs[^1].SortKey, docs[^1].EventId).Encode();
        }
        activity?.SetTag("db.response.returned_rows", docs.Count);
        return new EventPage([.. docs.Select(d => d.ToEvent())], next);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MonthTypeCount>> CountByMonthAndTypeAsync(EventQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var activity = StorageTelemetry.Start(System, "count_by_month", Collection);
        var searchMentions = SearchesMentions(query);
        var pipeline = Source(query).Aggregate()
            .Match(MongoEventQueries.Filter(query, await WidestSpanAsync(query, cancellationToken), textOnDocument: !searchMentions));
        if (searchMentions)
        {
            foreach (var stage in MongoEventQueries.TextStages(query.Text, mongo.MentionOwners.CollectionNamespace.CollectionName))
            {
                pipeline = pipeline.AppendStage<EventDocument>(stage);
            }
        }
        var groups = await pipeline
            .Group(new BsonDocument
            {
                { "_id", new BsonDocument { { "month", "$month" }, { "type", "$type" } } },
                { "count", new BsonDocument("$sum", 1) },
            })
            .ToListAsync(cancellationToken);
        return [.. groups
            .Select(g => new MonthTypeCount(g["_id"]["month"].AsString, g["_id"]["type"].AsString, g["count"].ToInt32()))
            .OrderBy(m => m.Month, StringComparer.Ordinal).ThenBy(m => m.Type, StringComparer.Ordinal)];
    }

    /// <summary>Live queries with free text also search the mentions' own documents; as-of queries have only each version's text.</summary>
    private static bool SearchesMentions(EventQuery query) => query.AsOf is null && EventIndexFields.SearchTerms(query.Text).Count > 0;

    /// <inheritdoc />
    public async Task<MentionPage> GetMentionsAsync(string eventId, string? cursor, int limit, CancellationToken cancellationToken)
    {
        MentionCursor.CheckLimit(limit);
        var after = MentionCursor.Decode(cursor);
        using var activity = StorageTelemetry.Start(System, "get_mentions", "event_mentions");
        var m = Builders<MentionOwnerDocument>.Filter;
        var filter = m.Eq(d => d.EventId, eventId);
        if (after is { } a)
        {
            filter &= m.Or(m.Gt(d => d.ReportKey, a.ReportKey), m.And(m.Eq(d => d.ReportKey, a.ReportKey), m.Gt(d => d.Id, a.MentionId)));
        }
        var docs = await mongo.MentionOwners.Find(filter)
            .Sort(Builders<MentionOwnerDocument>.Sort.Ascending(d => d.ReportKey).Ascending(d => d.Id))
            .Limit(limit + 1)
            .ToListAsync(cancellationToken);
        string? next = null;
        if (docs.Count > limit)
        {
            docs.RemoveAt(docs.Count - 1);
            next = new MentionCursor(docs[^1].ReportKey, docs[^1].Id).Encode();
        }
        // A row written before mentions were kept here has none until the start-up backfill reaches it.
        var items = docs.Where(d => d.Mention is not null).Select(d => d.Mention!.ToMention()).ToList();
        activity?.SetTag("db.response.returned_rows", items.Count);
        return new MentionPage(items, next);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, EventTally>> GetTalliesAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        var result = new Dictionary<string, EventTally>(StringComparer.Ordinal);
        if (eventIds.Count == 0)
        {
            return result;
        }
        using var activity = StorageTelemetry.Start(System, "get_tallies", Collection);
        var docs = await mongo.Events.Find(F.In(d => d.Id, eventIds.Distinct(StringComparer.Ordinal)) & F.Ne(d => d.TallyJson, null))
            .Project(Builders<EventDocument>.Projection.Include(d => d.Id).Include(d => d.TallyJson))
            .ToListAsync(cancellationToken);
        foreach (var doc in docs)
        {
            if (doc.GetValue("tallyJson", BsonNull.Value) is { IsString: true } json)
            {
                result[doc["_id"].AsString] = JsonSerializer.Deserialize<EventTally>(json.AsString, StorageJson.Options)
                    ?? throw new InvalidDataException("A stored event tally is empty.");
            }
        }
        return result;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TimelineEvent>> FindCandidatesAsync(string type, DateOnly from, DateOnly to, bool includeUndated, CancellationToken cancellationToken) =>
        FindCandidatesAsync(type, from, to, includeUndated, _ => true, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<TimelineEvent>> FindCandidatesAsync(string type, DateOnly from, DateOnly to, bool includeUndated, Func<IReadOnlyList<string>, bool> acceptActors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(acceptActors);
        using var activity = StorageTelemetry.Start(System, "find_candidates", Collection);
        var candidates = MongoEventQueries.Candidates(type, from, to, includeUndated);
        // Ids and actor ids first: a popular story's documents carry hundreds of mentions, and most candidates of a
        // busy week fail the actor test, so only the accepted ones are read whole.
        var keys = await mongo.Events.Find(candidates)
            .Project(Builders<EventDocument>.Projection.Include(d => d.Id).Include(d => d.ActorIds))
            .ToListAsync(cancellationToken);
        var accepted = keys
            .Where(k => acceptActors([.. k.GetValue("actorIds", new BsonArray()).AsBsonArray.Select(a => a.AsString)]))
            .Select(k => k["_id"].AsString)
            .ToList();
        if (accepted.Count == 0)
        {
            return [];
        }
        // The candidate filter again: an event replaced between the two reads is returned only if it still qualifies
        // (the merge fences catch the rest at commit).
        var docs = await mongo.Events.Find(F.In(d => d.Id, accepted) & candidates)
            .Sort(MongoEventQueries.Order(descending: false))
            .ToListAsync(cancellationToken);
        activity?.SetTag("db.response.returned_rows", docs.Count);
        return [.. docs.Select(d => d.ToEvent())];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TimelineEvent>> FindByArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        using var activity = StorageTelemetry.Start(System, "find_by_article", Collection);
        // The article's mention documents name their events (the article_event index); mentions of retired events are gone.
        var ids = await (await mongo.MentionOwners.DistinctAsync(
            d => d.EventId, Builders<MentionOwnerDocument>.Filter.Eq(d => d.ArticleId, articleId), cancellationToken: cancellationToken)).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }
        var docs = await mongo.Events
            .Find(F.In(d => d.Id, ids) & F.Ne(d => d.Status, EventStatuses.Retired))
            .Sort(Builders<EventDocument>.Sort.Ascending(d => d.SortKey).Ascending(d => d.EventId))
            .ToListAsync(cancellationToken);
        return [.. docs.Select(d => d.ToEvent())];
    }

    /// <inheritdoc />
    public Task<bool> TryInsertAsync(TimelineEvent timelineEvent, CancellationToken cancellationToken) =>
        TryCommitAsync(new EventCommit { Inserts = [timelineEvent] }, cancellationToken);

    /// <inheritdoc />
    public Task<bool> TryReplaceAsync(TimelineEvent timelineEvent, long expectedVersion, CancellationToken cancellationToken) =>
        TryCommitAsync(new EventCommit { Replacements = [new EventReplacement(timelineEvent, expectedVersion)] }, cancellationToken);

    /// <inheritdoc />
    public async Task<AppliedExtraction?> GetAppliedExtractionAsync(string articleId, CancellationToken cancellationToken)
    {
        using var activity = StorageTelemetry.Start(System, "get", "applied_extractions");
        var doc = await mongo.AppliedExtractions.Find(Builders<AppliedExtractionDocument>.Filter.Eq(d => d.Id, articleId)).FirstOrDefaultAsync(cancellationToken);
        return doc is null ? null : new AppliedExtraction(doc.Id, doc.ExtractedAt, doc.Fingerprint);
    }

    /// <inheritdoc />
    public Task<bool> TrySetAppliedExtractionAsync(AppliedExtraction applied, AppliedExtraction? expectedPrevious, CancellationToken cancellationToken) =>
        TryCommitAsync(new EventCommit { Applied = applied, ExpectedApplied = expectedPrevious }, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, long>> GetFencesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = keys.Distinct(StringComparer.Ordinal).ToDictionary(k => k, _ => 0L, StringComparer.Ordinal);
        if (result.Count == 0)
        {
            return result;
        }
        using var activity = StorageTelemetry.Start(System, "get", "merge_fences");
        var docs = await mongo.Fences.Find(Builders<FenceDocument>.Filter.In(d => d.Id, result.Keys)).ToListAsync(cancellationToken);
        foreach (var doc in docs)
        {
            result[doc.Id] = doc.Version;
        }
        return result;
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
        using var session = await mongo.Client.StartSessionAsync(cancellationToken: cancellationToken);
        var options = new TransactionOptions(ReadConcern.Snapshot, ReadPreference.Primary, WriteConcern.WMajority);
        try
        {
            // WithTransactionAsync retries transient errors (write conflicts, failovers) by re-running the whole callback.
            await session.WithTransactionAsync((s, ct) => ApplyAsync(s, commit, ct), options, cancellationToken);
            return true;
        }
        catch (CommitConflictException)
        {
            activity?.SetTag("timeline.conflict", true);
            return false;
        }
        catch (MongoWriteException ex) when (ex.WriteError?.Category == ServerErrorCategory.DuplicateKey)
        {
            // An event id or mention id taken by a concurrent writer: a conflict, not a failure.
            activity?.SetTag("timeline.conflict", true);
            return false;
        }
        catch (MongoBulkWriteException ex) when (ex.WriteErrors.Any(e => e.Category == ServerErrorCategory.DuplicateKey))
        {
            activity?.SetTag("timeline.conflict", true);
            return false;
        }
    }

    private async Task<bool> ApplyAsync(IClientSessionHandle session, EventCommit commit, CancellationToken ct)
    {
        foreach (var (key, expected) in commit.Fences)
        {
            if (expected == 0)
            {
                await mongo.Fences.InsertOneAsync(session, new FenceDocument { Id = key, Version = 1 }, cancellationToken: ct);
            }
            else
            {
                var bumped = await mongo.Fences.UpdateOneAsync(
                    session,
                    Builders<FenceDocument>.Filter.Eq(d => d.Id, key) & Builders<FenceDocument>.Filter.Eq(d => d.Version, expected),
                    Builders<FenceDocument>.Update.Inc(d => d.Version, 1),
                    cancellationToken: ct);
                Require(bumped.MatchedCount == 1);
            }
        }

        if (commit.Applied is { } applied)
        {
            var doc = new AppliedExtractionDocument
            {
                Id = applied.ArticleId,
                ExtractedAt = applied.ExtractedAt,
                ExtractedAtUtcTicks = applied.ExtractedAt.UtcTicks,
                Fingerprint = applied.Fingerprint,
            };
            if (commit.ExpectedApplied is not { } expected)
            {
                await mongo.AppliedExtractions.InsertOneAsync(session, doc, cancellationToken: ct);
            }
            else
            {
                var af = Builders<AppliedExtractionDocument>.Filter;
                var replaced = await mongo.AppliedExtractions.ReplaceOneAsync(
                    session,
                    af.Eq(d => d.Id, expected.ArticleId) & af.Eq(d => d.ExtractedAtUtcTicks, expected.ExtractedAt.UtcTicks) & af.Eq(d => d.Fingerprint, expected.Fingerprint),
                    doc,
                    cancellationToken: ct);
                Require(replaced.MatchedCount == 1);
            }
        }

        var recordedAt = _time.GetUtcNow().UtcDateTime;
        foreach (var r in commit.Replacements)
        {
            var replaced = await mongo.Events.ReplaceOneAsync(
                session,
                F.Eq(d => d.Id, r.Event.Id) & F.Eq(d => d.Version, r.ExpectedVersion),
                EventDocument.From(r.Event, tally: commit.MentionChanges.GetValueOrDefault(r.Event.Id)?.Tally),
                cancellationToken: ct);
            Require(replaced.MatchedCount == 1);
        }
        if (commit.Inserts.Count > 0)
        {
            await mongo.Events.InsertManyAsync(
                session, commit.Inserts.Select(e => EventDocument.From(e, tally: commit.MentionChanges.GetValueOrDefault(e.Id)?.Tally)), cancellationToken: ct);
        }
        var written = commit.Replacements.Select(r => r.Event).Concat(commit.Inserts).ToList();
        await ApplyMentionsAsync(session, commit, written, ct);
        if (written.Count > 0)
        {
            // Each replaced version stops being in force when its successor is recorded; as-of queries then read
            // recordedAt <= t < supersededAt from an index instead of grouping every version.
            var superseded = commit.Replacements
                .Select(r => new UpdateOneModel<EventDocument>(F.Eq(d => d.Id, $"{r.Event.Id}:{r.ExpectedVersion}"), Builders<EventDocument>.Update.Set(d => d.SupersededAt, recordedAt)));
            // Upserts keyed on "{id}:{version}", so a re-run of the callback after a transient error writes the same rows.
            var versions = written.Select(e => EventDocument.From(e, recordedAt))
                .Select(v => new ReplaceOneModel<EventDocument>(F.Eq(d => d.Id, v.Id), v) { IsUpsert = true });
            await mongo.EventVersions.BulkWriteAsync(session, [.. superseded, .. versions], cancellationToken: ct);
            await RecordWidestSpanAsync(session, written, ct);
        }
        await MongoOutbox.AppendAsync(mongo, session, commit.Messages, ct);
        return true;
    }

    /// <summary>
    /// Mention documents follow the commit: every removal runs before any move, and every move before any insert, so
    /// mentions can move between events of one commit (a merge) without tripping the unique mention id.
    /// </summary>
    private async Task ApplyMentionsAsync(IClientSessionHandle session, EventCommit commit, IReadOnlyList<TimelineEvent> written, CancellationToken ct)
    {
        var m = Builders<MentionOwnerDocument>.Filter;
        // Events written whole release all their mentions and claim their list again.
        var whole = written.Where(e => !commit.MentionChanges.ContainsKey(e.Id)).ToList();
        var replacedWhole = commit.Replacements.Select(r => r.Event.Id).Where(id => !commit.MentionChanges.ContainsKey(id)).ToList();
        if (replacedWhole.Count > 0)
        {
            await mongo.MentionOwners.DeleteManyAsync(session, m.In(d => d.EventId, replacedWhole), cancellationToken: ct);
        }
        foreach (var (id, change) in commit.MentionChanges.Where(c => c.Value.RemovedArticleIds.Count > 0))
        {
            await mongo.MentionOwners.DeleteManyAsync(session, m.Eq(d => d.EventId, id) & m.In(d => d.ArticleId, change.RemovedArticleIds), cancellationToken: ct);
        }
        foreach (var (id, change) in commit.MentionChanges.Where(c => c.Value.AbsorbedEventIds.Count > 0))
        {
            await mongo.MentionOwners.UpdateManyAsync(
                session, m.In(d => d.EventId, change.AbsorbedEventIds), Builders<MentionOwnerDocument>.Update.Set(d => d.EventId, id), cancellationToken: ct);
        }
        var retired = written.Where(e => !EventIndexFields.IsLive(e) && commit.MentionChanges.ContainsKey(e.Id)).Select(e => e.Id).ToList();
        if (retired.Count > 0)
        {
            // A retired event keeps no mentions: those not moved to its survivor go.
            await mongo.MentionOwners.DeleteManyAsync(session, m.In(d => d.EventId, retired), cancellationToken: ct);
        }
        var added = whole.Where(EventIndexFields.IsLive).SelectMany(e => e.Mentions.Select(x => MentionOwnerDocument.From(e.Id, x)))
            .Concat(written.Where(EventIndexFields.IsLive).Where(e => commit.MentionChanges.ContainsKey(e.Id))
                .SelectMany(e => commit.MentionChanges[e.Id].Added.Select(x => MentionOwnerDocument.From(e.Id, x))))
            .ToList();
        if (added.Count > 0)
        {
            await mongo.MentionOwners.InsertManyAsync(session, added, cancellationToken: ct);
        }
    }

    private static void Require(bool condition)
    {
        if (!condition)
        {
            throw new CommitConflictException();
        }
    }

    /// <summary>The live collection, or, for an as-of query, the versions (filtered to those in force then).</summary>
    private IMongoCollection<EventDocument> Source(EventQuery query) => query.AsOf is null ? mongo.Events : mongo.EventVersions;

    /// <summary>The widest span a date-range query must allow for: the widest span class, or a longer span once written.</summary>
    private async Task<int> WidestSpanAsync(EventQuery query, CancellationToken cancellationToken)
    {
        var widestClass = EventIndexFields.SpanClassWidths[^1];
        if (query.From is null)
        {
            return widestClass;
        }
        var stats = await mongo.SpanStats.Find(Builders<SpanStatsDocument>.Filter.Eq(d => d.Id, SpanStatsDocument.WidestSpanId))
            .FirstOrDefaultAsync(cancellationToken);
        return Math.Max(widestClass, stats?.Days ?? 0);
    }

    /// <summary>Raises the recorded widest span when an event is longer than the widest span class (rare, so rarely written).</summary>
    private async Task RecordWidestSpanAsync(IClientSessionHandle session, IReadOnlyList<TimelineEvent> written, CancellationToken ct)
    {
        var widest = written.Where(e => e.Date is not null).Select(e => e.Date!.End.DayNumber - e.Date.Start.DayNumber).DefaultIfEmpty(0).Max();
        if (widest > EventIndexFields.SpanClassWidths[^1])
        {
            await mongo.SpanStats.UpdateOneAsync(
                session,
                Builders<SpanStatsDocument>.Filter.Eq(d => d.Id, SpanStatsDocument.WidestSpanId),
                Builders<SpanStatsDocument>.Update.Max(d => d.Days, widest),
                new UpdateOptions { IsUpsert = true },
                ct);
        }
    }

    /// <summary>Aborts the transaction because an expectation of the commit no longer holds.</summary>
    private sealed class CommitConflictException : Exception;
}
