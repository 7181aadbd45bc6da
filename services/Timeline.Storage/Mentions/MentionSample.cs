using Timeline.Contracts;

namespace Timeline.Storage;

/// <summary>Which of an event's mentions and history entries its document, list items and messages carry: a bounded few.</summary>
public static class MentionSample
{
    /// <summary>Most mentions an event document carries.</summary>
    public const int MaxMentions = 8;

    /// <summary>Most history entries an event document carries (the latest).</summary>
    public const int MaxHistory = 20;

    /// <summary>Most mentions a list item or a message carries: the earliest report, the summary's source, the most recent.</summary>
    public const int CompactMentions = 3;

    /// <summary>Most history entries a list item or a message carries (the latest).</summary>
    public const int CompactHistory = 5;

    /// <summary>Largest page of <see cref="IEventStore.GetMentionsAsync"/>.</summary>
    public const int MaxPageSize = 200;

    /// <summary>Report key of a mention: its publication time in UTC ticks, unknown times last (<see cref="long.MaxValue"/>).</summary>
    public static long ReportKey(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return mention.PublishedAt?.UtcTicks ?? long.MaxValue;
    }

    /// <summary>The order mentions are reported in: publication time (unknown last), article, offset, id.</summary>
    public static IOrderedEnumerable<Mention> InReportOrder(IEnumerable<Mention> mentions) =>
        mentions.OrderBy(m => m.PublishedAt ?? DateTimeOffset.MaxValue)
            .ThenBy(m => m.ArticleId, StringComparer.Ordinal)
            .ThenBy(m => m.Start)
            .ThenBy(m => m.MentionId, StringComparer.Ordinal);

    /// <summary>
    /// At most <paramref name="max"/> of <paramref name="mentions"/>, in report order: the earliest report, the one
    /// <paramref name="summary"/> comes from, the most recent, then the earliest of each other outlet, then the latest others.
    /// </summary>
    public static IReadOnlyList<Mention> Choose(IEnumerable<Mention> mentions, string? summary, int max = MaxMentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var ordered = InReportOrder(mentions.DistinctBy(m => m.MentionId, StringComparer.Ordinal)).ToList();
        if (ordered.Count <= max)
        {
            return ordered;
        }
        var chosen = new List<Mention>(max);
        void Take(Mention? m)
        {
            if (m is not null && chosen.Count < max && !chosen.Contains(m))
            {
                chosen.Add(m);
            }
        }
        Take(ordered[0]);
        Take(ordered.FirstOrDefault(m => summary is not null && string.Equals(m.Summary?.Trim(), summary, StringComparison.Ordinal)));
        Take(ordered[^1]);
        var outlets = chosen.Select(m => m.Source.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (var m in ordered)
        {
            if (outlets.Add(m.Source.ToLowerInvariant()))
            {
                Take(m);
            }
        }
        for (var i = ordered.Count - 1; i >= 0 && chosen.Count < max; i--)
        {
            Take(ordered[i]);
        }
        return [.. InReportOrder(chosen)];
    }

    /// <summary>The latest <paramref name="max"/> entries.</summary>
    public static IReadOnlyList<HistoryEntry> Latest(IReadOnlyList<HistoryEntry> history, int max = MaxHistory)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history.Count <= max ? history : [.. history.Skip(history.Count - max)];
    }

    /// <summary>
    /// The event as a list item or a message carries it: at most <see cref="CompactMentions"/> mentions (chosen from its
    /// sample as the sample is chosen) and the latest <see cref="CompactHistory"/> changes; counts say how many there are.
    /// </summary>
    public static TimelineEvent Compact(TimelineEvent e)
    {
        var bounded = Bound(e);
        return bounded.Mentions.Count <= CompactMentions && bounded.History.Count <= CompactHistory
            ? bounded
            : bounded with
            {
                Mentions = Choose(bounded.Mentions, bounded.Summary, CompactMentions),
                MentionCount = Math.Max(bounded.MentionCount, bounded.Mentions.Count),
                History = Latest(bounded.History, CompactHistory),
                HistoryCount = Math.Max(bounded.HistoryCount, bounded.History.Count),
            };
    }

    /// <summary>
    /// The event as documents and messages carry it: a document stored whole before events were bounded is cut down to
    /// the sample and the latest history, with its counts set from what it held. A bounded event is returned as it is.
    /// </summary>
    public static TimelineEvent Bound(TimelineEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Mentions.Count <= MaxMentions && e.History.Count <= MaxHistory)
        {
            return e;
        }
        return e with
        {
            Mentions = Choose(e.Mentions, e.Summary),
            MentionCount = Math.Max(e.MentionCount, e.Mentions.Count),
            History = Latest(e.History),
            HistoryCount = Math.Max(e.HistoryCount, e.History.Count),
        };
    }
}
