using System.Text.RegularExpressions;
using MongoDB.Bson;
using MongoDB.Driver;
using Timeline.Contracts;

namespace Timeline.Storage.Mongo;

/// <summary>
/// The events collection in MongoDB. Commits run in a multi-document transaction (a replica set is required; a
/// single-node set is enough); optimistic concurrency is a version filter on ReplaceOne, fences and applied markers are
/// compare-and-set updates, and a mention belongs to one live event through the unique _id of <c>event_mentions</c>.
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
        var filter = Filter(query);
        if (cursor is { } c)
        {
            filter &= query.Descending
                ? F.Or(F.Lt(d => d.SortKey, c.SortKey), F.And(F.Eq(d => d.SortKey, c.SortKey), F.Lt(d => d.EventId, c.Id)))
                : F.Or(F.Gt(d => d.SortKey, c.SortKey), F.And(F.Eq(d => d.SortKey, c.SortKey), F.Gt(d => d.EventId, c.Id)));
        }
        var sort = query.Descending
            ? Builders<EventDocument>.Sort.Descending(d => d.SortKey).Descending(d => d.EventId)
            : Builders<EventDocument>.Sort.Ascending(d => d.SortKey).Ascending(d => d.EventId);
        var docs = await Source(query).Match(filter).Sort(sort).Limit(query.Limit + 1).ToListAsync(cancellationToken);
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
        var groups = await Source(query)
            .Match(Filter(query))
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

    /// <inheritdoc />
    public async Task<IReadOnlyList<TimelineEvent>> FindCandidatesAsync(string type, DateOnly from, DateOnly to, bool includeUndated, CancellationToken cancellationToken)
    {
        using var activity = StorageTelemetry.Start(System, "find_candidates", Collection);
        // One range per span class, so the (type, spanClass, dateStart) index reads only events starting close enough.
        var ranges = EventIndexFields.SpanClassWidths.Select((width, i) =>
            F.Eq(d => d.SpanClass, i) & F.Gte(d => d.DateStart, from.DayNumber - width) & F.Lte(d => d.DateStart, to.DayNumber) & F.Gte(d => d.DateEnd, from.DayNumber)).ToList();
        if (includeUndated)
        {
            ranges.Add(F.Eq(d => d.SpanClass, 0) & F.Eq(d => d.DateStart, null));
        }
        var when = F.Or(ranges);
        var docs = await mongo.Events
            .Find(F.Eq(d => d.Type, type) & F.Ne(d => d.Status, EventStatuses.Retired) & when)
            .Sort(Builders<EventDocument>.Sort.Ascending(d => d.SortKey).Ascending(d => d.EventId))
            .ToListAsync(cancellationToken);
        return [.. docs.Select(d => d.ToEvent())];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TimelineEvent>> FindByArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        using var activity = StorageTelemetry.Start(System, "find_by_article", Collection);
        var docs = await mongo.Events
            .Find(F.AnyEq(d => d.ArticleIds, articleId) & F.Ne(d => d.Status, EventStatuses.Retired))
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
                EventDocument.From(r.Event),
                cancellationToken: ct);
            Require(replaced.MatchedCount == 1);
        }
        if (commit.Inserts.Count > 0)
        {
            await mongo.Events.InsertManyAsync(session, commit.Inserts.Select(e => EventDocument.From(e)), cancellationToken: ct);
        }

        // Every replaced event releases its mentions before any are claimed again, so a merge can move them.
        if (commit.Replacements.Count > 0)
        {
            var replacedIds = commit.Replacements.Select(r => r.Event.Id).ToList();
            await mongo.MentionOwners.DeleteManyAsync(session, Builders<MentionOwnerDocument>.Filter.In(d => d.EventId, replacedIds), cancellationToken: ct);
        }
        var written = commit.Replacements.Select(r => r.Event).Concat(commit.Inserts).ToList();
        var owners = written.Where(EventIndexFields.IsLive)
            .SelectMany(e => e.Mentions.Select(m => new MentionOwnerDocument { Id = m.MentionId, EventId = e.Id, ArticleId = m.ArticleId }))
            .ToList();
        if (owners.Count > 0)
        {
            await mongo.MentionOwners.InsertManyAsync(session, owners, cancellationToken: ct);
        }
        if (written.Count > 0)
        {
            // Upserts keyed on "{id}:{version}", so a re-run of the callback after a transient error writes the same rows.
            var versions = written.Select(e => EventDocument.From(e, recordedAt))
                .Select(v => new ReplaceOneModel<EventDocument>(F.Eq(d => d.Id, v.Id), v) { IsUpsert = true });
            await mongo.EventVersions.BulkWriteAsync(session, versions, cancellationToken: ct);
        }
        await MongoOutbox.AppendAsync(mongo, session, commit.Messages, ct);
        return true;
    }

    private static void Require(bool condition)
    {
        if (!condition)
        {
            throw new CommitConflictException();
        }
    }

    /// <summary>The live collection, or each event's latest version recorded at or before <see cref="EventQuery.AsOf"/>.</summary>
    private IAggregateFluent<EventDocument> Source(EventQuery query)
    {
        var options = new AggregateOptions { AllowDiskUse = true };
        if (query.AsOf is not { } asOf)
        {
            return mongo.Events.Aggregate(options);
        }
        return mongo.EventVersions.Aggregate(options)
            .Match(F.Lte(d => d.RecordedAt, asOf.UtcDateTime))
            .Sort(Builders<EventDocument>.Sort.Ascending(d => d.EventId).Descending(d => d.Version))
            .Group(new BsonDocument { { "_id", "$eventId" }, { "doc", new BsonDocument("$first", "$$ROOT") } })
            .AppendStage<EventDocument>(new BsonDocument("$replaceRoot", new BsonDocument("newRoot", "$doc")));
    }

    private static FilterDefinition<EventDocument> Filter(EventQuery query)
    {
        var filter = F.Empty;
        if (query.From is { } from)
        {
            filter &= F.Gte(d => d.DateEnd, from.DayNumber);
        }
        if (query.To is { } to)
        {
            filter &= F.Lte(d => d.DateStart, to.DayNumber);
        }
        if (query.ActorIds.Count > 0)
        {
            filter &= F.All(d => d.ActorIds, query.ActorIds.Distinct(StringComparer.Ordinal));
        }
        if (query.Countries.Count > 0)
        {
            filter &= F.All(d => d.CountryKeys, query.Countries.Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal));
        }
        if (query.Types.Count > 0)
        {
            filter &= F.In(d => d.Type, query.Types);
        }
        filter &= query.Statuses.Count > 0 ? F.In(d => d.Status, query.Statuses) : F.Ne(d => d.Status, EventStatuses.Retired);
        if (EventIndexFields.LocationKeyOf(query.Location) is { } location)
        {
            filter &= F.Eq(d => d.LocationKey, location);
        }
        if (query.MinSources is { } min)
        {
            filter &= F.Gte(d => d.SourceCount, min);
        }
        foreach (var term in EventIndexFields.SearchTerms(query.Text))
        {
            filter &= F.Regex(d => d.SearchText, new BsonRegularExpression(Regex.Escape(term)));
        }
        return filter;
    }

    /// <summary>Aborts the transaction because an expectation of the commit no longer holds.</summary>
    private sealed class CommitConflictException : Exception;
}
