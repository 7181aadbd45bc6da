using System.Text.RegularExpressions;
using MongoDB.Bson;
using MongoDB.Driver;
using Timeline.Contracts;

namespace Timeline.Storage.Mongo;

/// <summary>
/// The filters and sorts the event store sends, built apart from the store so tests can render them and explain their
/// plans. Every gateway shape is an equality (actor, type or country) or nothing, then a bounded <c>sortKey</c> range,
/// sorted by <c>(sortKey, eventId)</c>: the indexes of <see cref="MongoIndexes"/> answer each without an in-memory sort.
/// </summary>
internal static class MongoEventQueries
{
    private static readonly FilterDefinitionBuilder<EventDocument> F = Builders<EventDocument>.Filter;

    /// <summary>The page order: date start (undated last), then id.</summary>
    public static SortDefinition<EventDocument> Order(bool descending) => descending
        ? Builders<EventDocument>.Sort.Descending(d => d.SortKey).Descending(d => d.EventId)
        : Builders<EventDocument>.Sort.Ascending(d => d.SortKey).Ascending(d => d.EventId);

    /// <summary>
    /// The filter of <paramref name="query"/>. <paramref name="widestSpan"/> is the longest date span (days) an event may
    /// have: an event ending on or after From starts no earlier than From minus it, which bounds <c>sortKey</c> below.
    /// As-of queries read <c>event_versions</c>, each version being in force from recordedAt until supersededAt.
    /// </summary>
    public static FilterDefinition<EventDocument> Filter(EventQuery query, int widestSpan, bool textOnDocument = true)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = F.Empty;
        if (query.AsOf is { } asOf)
        {
            filter &= F.Lte(d => d.RecordedAt, asOf.UtcDateTime) & F.Gt(d => d.SupersededAt, asOf.UtcDateTime);
        }
        if (query.From is { } from)
        {
            filter &= F.Gte(d => d.SortKey, from.DayNumber - widestSpan) & F.Gte(d => d.DateEnd, from.DayNumber);
        }
        if (query.To is { } to)
        {
            // Same events (sortKey is dateStart for dated ones), stated on the indexes' range field.
            filter &= F.Lte(d => d.SortKey, to.DayNumber) & F.Lte(d => d.DateStart, to.DayNumber);
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
        // Status is checked on the fetched documents, never used to choose an index, so $ne costs nothing here.
        filter &= query.Statuses.Count > 0 ? F.In(d => d.Status, query.Statuses) : F.Ne(d => d.Status, EventStatuses.Retired);
        if (EventIndexFields.LocationKeyOf(query.Location) is { } location)
        {
            filter &= F.Eq(d => d.LocationKey, location);
        }
        if (query.MinSources is { } min)
        {
            filter &= F.Gte(d => d.SourceCount, min);
        }
        foreach (var term in textOnDocument ? EventIndexFields.SearchTerms(query.Text) : [])
        {
            filter &= F.Regex(d => d.SearchText, Literal(term));
        }
        return filter;
    }

    /// <summary>
    /// Pipeline stages keeping live events where every term occurs in the document's own text (summary and sampled
    /// evidence) or in one of the event's mention documents: per term a $lookup of at most one matching mention by
    /// eventId (the event_page index), a $match, and a $project dropping the looked-up field.
    /// </summary>
    public static IEnumerable<BsonDocument> TextStages(string? text, string mentionsCollection)
    {
        var terms = EventIndexFields.SearchTerms(text);
        for (var i = 0; i < terms.Count; i++)
        {
            var field = "_text" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var pattern = Literal(terms[i]);
            yield return new BsonDocument("$lookup", new BsonDocument
            {
                { "from", mentionsCollection },
                { "localField", "eventId" },
                { "foreignField", "eventId" },
                { "pipeline", new BsonArray
                    {
                        new BsonDocument("$match", new BsonDocument("searchText", pattern)),
                        new BsonDocument("$limit", 1),
                        new BsonDocument("$project", new BsonDocument("_id", 1)),
                    }
                },
                { "as", field },
            });
            yield return new BsonDocument("$match", new BsonDocument("$or", new BsonArray
            {
                new BsonDocument("searchText", pattern),
                new BsonDocument(field + ".0", new BsonDocument("$exists", true)),
            }));
            yield return new BsonDocument("$project", new BsonDocument(field, 0));
        }
    }

    /// <summary>Events after (or, descending, before) the cursor's (sortKey, id).</summary>
    public static FilterDefinition<EventDocument> After(EventCursor cursor, bool descending) => descending
        ? F.Or(F.Lt(d => d.SortKey, cursor.SortKey), F.And(F.Eq(d => d.SortKey, cursor.SortKey), F.Lt(d => d.EventId, cursor.Id)))
        : F.Or(F.Gt(d => d.SortKey, cursor.SortKey), F.And(F.Eq(d => d.SortKey, cursor.SortKey), F.Gt(d => d.EventId, cursor.Id)));

    /// <summary>
    /// Live events of <paramref name="type"/> whose dates overlap [from, to]: one range per span class on the
    /// (type, spanClass, dateStart) index. The widest class also holds every longer span, so it has no lower bound,
    /// as on SQLite; an event spanning more than ten years is still found, and merged rather than duplicated.
    /// </summary>
    public static FilterDefinition<EventDocument> Candidates(string type, DateOnly from, DateOnly to, bool includeUndated)
    {
        var last = EventIndexFields.SpanClassWidths.Count - 1;
        var ranges = EventIndexFields.SpanClassWidths.Select((width, i) =>
        {
            var range = F.Eq(d => d.SpanClass, i) & F.Lte(d => d.DateStart, to.DayNumber) & F.Gte(d => d.DateEnd, from.DayNumber);
            return i < last ? range & F.Gte(d => d.DateStart, from.DayNumber - width) : range;
        }).ToList();
        if (includeUndated)
        {
            ranges.Add(F.Eq(d => d.SpanClass, 0) & F.Eq(d => d.DateStart, null));
        }
        return F.Eq(d => d.Type, type) & F.Ne(d => d.Status, EventStatuses.Retired) & F.Or(ranges);
    }

    /// <summary>
    /// A search term as a literal pattern. The two-argument constructor: the one-argument form reads a string starting
    /// with '/' as "/pattern/options", so a query for "/abc" failed instead of matching the text "/abc".
    /// </summary>
    public static BsonRegularExpression Literal(string term) => new(Regex.Escape(term), "");
}
