using System.Diagnostics;
using System.Runtime.CompilerServices;
using Timeline.Contracts;
using Timeline.ServiceDefaults;
using Timeline.Storage;

namespace Timeline.Gateway.Querying;

/// <summary>Runs event queries against the store with a span per query.</summary>
public sealed class EventReader(IEventStore store)
{
    private const int ExportPageSize = 500;

    /// <summary>One page of events.</summary>
    public async Task<EventPage> QueryPageAsync(EventQuery query, string endpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var activity = StartQuerySpan("gateway.query", query, endpoint);
        var page = await store.QueryAsync(query, cancellationToken);
        activity?.SetTag("timeline.result.count", page.Items.Count);
        activity?.SetTag("timeline.result.has_more", page.NextCursor is not null);
        return page;
    }

    /// <summary>Every event matching the query, fetched page by page (its limit and cursor are ignored).</summary>
    public async IAsyncEnumerable<TimelineEvent> ReadAllAsync(EventQuery query, string format, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var activity = StartQuerySpan("gateway.export", query, "export");
        activity?.SetTag("timeline.export.format", format);
        var page = query with { Cursor = null, Limit = ExportPageSize };
        var count = 0;
        while (true)
        {
            var result = await store.QueryAsync(page, cancellationToken);
            foreach (var item in result.Items)
            {
                count++;
                yield return item;
            }
            if (result.NextCursor is null || result.Items.Count == 0)
            {
                break;
            }
            page = page with { Cursor = result.NextCursor };
        }
        activity?.SetTag("timeline.result.count", count);
    }

    /// <summary>Every mention of an event, read a page at a time (exports list them without holding more than a page).</summary>
    public async IAsyncEnumerable<Mention> ReadMentionsAsync(string eventId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? cursor = null;
        do
        {
            var page = await store.GetMentionsAsync(eventId, cursor, MentionSample.MaxPageSize, cancellationToken);
            foreach (var mention in page.Items)
            {
                yield return mention;
            }
            cursor = page.NextCursor;
        }
        while (cursor is not null);
    }

    private static Activity? StartQuerySpan(string name, EventQuery query, string endpoint)
    {
        var activity = TimelineTelemetry.Gateway.StartActivity(name);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("timeline.endpoint", endpoint);
            activity.SetTag("timeline.query.from", query.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            activity.SetTag("timeline.query.to", query.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            activity.SetTag("timeline.query.actors", string.Join(',', query.ActorIds));
            activity.SetTag("timeline.query.types", string.Join(',', query.Types));
            activity.SetTag("timeline.query.has_text", query.Text is not null);
            activity.SetTag("timeline.query.as_of", query.AsOf?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            activity.SetTag("timeline.query.limit", query.Limit);
            activity.SetTag("timeline.query.paged", query.Cursor is not null);
        }
        return activity;
    }
}
