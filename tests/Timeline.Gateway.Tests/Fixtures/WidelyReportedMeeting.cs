using Timeline.Contracts;
using Timeline.Storage;

namespace Timeline.Gateway.Tests.Fixtures;

/// <summary>One meeting told by many articles from a handful of outlets, as the store holds it: a sampled document and every mention on its own.</summary>
internal static class WidelyReportedMeeting
{
    /// <summary>
    /// The commit that stores it: <paramref name="mentions"/> articles from <paramref name="outlets"/> outlets, a minute apart,
    /// each mention id and article id starting with <paramref name="prefix"/> and quoting <paramref name="sentence"/>.
    /// </summary>
    public static EventCommit Commit(string eventId, int mentions, int outlets, string prefix, string summary, Func<int, string> sentence, int historyCount = 0)
    {
        var all = Enumerable.Range(0, mentions).Select(i => new Mention
        {
            MentionId = $"{prefix}m{i:D2}",
            ArticleId = $"{prefix}a{i:D2}",
            Source = $"outlet{i % outlets}.example",
            Url = $"https://outlet{i % outlets}.example/{prefix}a{i:D2}",
            Sentence = sentence(i),
            Start = 0,
            End = sentence(i).Length,
            DateDerivation = DateDerivations.Explicit,
            Modality = Modalities.Occurred,
            Confidence = 0.8,
            PublishedAt = new DateTimeOffset(2024, 7, 10, 8, 0, 0, TimeSpan.Zero).AddMinutes(i),
        }).ToList();
        var history = Enumerable.Range(0, Math.Min(historyCount, MentionSample.MaxHistory))
            .Select(i => new HistoryEntry(all[i].PublishedAt!.Value, "mention added", i)).ToList();
        var e = new TimelineEvent
        {
            Id = eventId,
            Version = 1,
            Type = EventTypes.Meeting,
            Status = Modalities.Occurred,
            Date = new EventDate("2024-07-10", DatePrecisions.Day, new DateOnly(2024, 7, 10), new DateOnly(2024, 7, 10)),
            Participants = [new Participant("Q81063", "Sergey Lavrov", ParticipantRoles.Actor, "RU")],
            Countries = ["RU", "KP"],
            Summary = summary,
            FirstReportedAt = all[0].PublishedAt!.Value,
            LastReportedAt = all[^1].PublishedAt!.Value,
            SourceCount = Math.Min(outlets, mentions),
            ArticleCount = mentions,
            Mentions = MentionSample.Choose(all, summary),
            MentionCount = mentions,
            History = history,
            HistoryCount = historyCount,
        };
        return new EventCommit
        {
            Inserts = [e],
            MentionChanges = new Dictionary<string, MentionChange> { [eventId] = new() { Added = all } },
        };
    }
}
