using System.Collections.Concurrent;
using Timeline.Contracts;
using Timeline.Lexicon;
using Timeline.Storage;

namespace Timeline.Gateway.Tests.Fixtures;

/// <summary>Interim store used only until the SQLite adapter is available.</summary>
public sealed class InMemoryEventStore : IEventStore
{
    private readonly ConcurrentDictionary<string, TimelineEvent> _events = new(StringComparer.Ordinal);

    public Task<TimelineEvent?> GetAsync(string id, CancellationToken cancellationToken) => Task.FromResult(_events.GetValueOrDefault(id));

    public Task<EventPage> QueryAsync(EventQuery query, CancellationToken cancellationToken)
    {
        var all = Match(query).ToList();
        var start = 0;
        if (query.Cursor is not null)
        {
            start = all.FindIndex(e => e.Id == query.Cursor) + 1;
        }
        var items = all.Skip(start).Take(query.Limit).ToList();
        var next = start + items.Count < all.Count ? items[^1].Id : null;
        return Task.FromResult(new EventPage(items, next));
    }

    public Task<IReadOnlyList<MonthTypeCount>> CountByMonthAndTypeAsync(EventQuery query, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MonthTypeCount>>([.. Match(query)
            .GroupBy(e => (Month: e.Date is null ? "undated" : e.Date.Start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), e.Type))
            .Select(g => new MonthTypeCount(g.Key.Month, g.Key.Type, g.Count()))]);

    private IEnumerable<TimelineEvent> Match(EventQuery q)
    {
        var items = _events.Values.Where(e =>
            (q.Statuses.Count == 0 ? e.Status != "retired" : q.Statuses.Contains(e.Status))
            && (q.From is null || (e.Date is not null && e.Date.End >= q.From))
            && (q.To is null || (e.Date is not null && e.Date.Start <= q.To))
            && q.ActorIds.All(a => e.Participants.Any(p => p.ActorId == a))
            && q.Countries.All(c => e.Countries.Contains(c))
            && (q.Types.Count == 0 || q.Types.Contains(e.Type))
            && (q.Location is null || string.Equals(e.Location, q.Location, StringComparison.OrdinalIgnoreCase))
            && (q.MinSources is null || e.SourceCount >= q.MinSources)
            && (q.AsOf is null || e.FirstReportedAt <= q.AsOf)
            && (q.Text is null || TextNormalizer.Normalize(e.Summary + " " + string.Join(" ", e.Mentions.Select(m => m.Sentence))).Contains(TextNormalizer.Normalize(q.Text), StringComparison.Ordinal)));
        var ordered = items.OrderBy(e => e.Date?.Start ?? DateOnly.MaxValue).ThenBy(e => e.Id, StringComparer.Ordinal);
        return q.Descending ? ordered.Reverse() : ordered;
    }

    public Task<IReadOnlyList<TimelineEvent>> FindCandidatesAsync(string type, DateOnly from, DateOnly to, bool includeUndated, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<TimelineEvent>> FindByArticleAsync(string articleId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> TryInsertAsync(TimelineEvent timelineEvent, CancellationToken cancellationToken) =>
        Task.FromResult(_events.TryAdd(timelineEvent.Id, timelineEvent));

    public Task<bool> TryReplaceAsync(TimelineEvent timelineEvent, long expectedVersion, CancellationToken cancellationToken)
    {
        var current = _events.GetValueOrDefault(timelineEvent.Id);
        return Task.FromResult(current is not null && current.Version == expectedVersion && _events.TryUpdate(timelineEvent.Id, timelineEvent, current));
    }

    public Task<AppliedExtraction?> GetAppliedExtractionAsync(string articleId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> TrySetAppliedExtractionAsync(AppliedExtraction applied, AppliedExtraction? expectedPrevious, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
