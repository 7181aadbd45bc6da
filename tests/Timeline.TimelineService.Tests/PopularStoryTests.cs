using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Timeline.Contracts;
using Timeline.Storage;
using Timeline.TimelineService.Merging;
using Timeline.TimelineService.Publishing;
using static Timeline.TimelineService.Tests.Extractions;

namespace Timeline.TimelineService.Tests;

/// <summary>
/// One story told by 1,000 articles from 40 outlets, beside 49 smaller stories: the event document, a page of 50 events
/// and every message stay within fixed sizes however many articles tell the story, and the mentions are all paged.
/// </summary>
public sealed class PopularStoryTests : IDisposable
{
    private const int Articles = 1000;
    private const int OtherStories = 49;
    private const int ArticlesPerOtherStory = 25;
    private static readonly CancellationToken Ct = CancellationToken.None;

    // As the gateway writes JSON: web defaults, every Unicode range unescaped.
    private static readonly JsonSerializerOptions ApiJson = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_story_told_by_a_thousand_articles_keeps_its_document_page_and_messages_small_and_pages_every_mention()
    {
        var merger = _temp.Merger();
        var report = await PopularStory.RunAsync(merger, _temp.Store, Articles, OtherStories, ArticlesPerOtherStory, _temp.Path_);

        var main = (await _temp.Store.GetAsync(report.MainEventId, Ct))!;
        Assert.Equal(Articles, main.ArticleCount);
        Assert.Equal(Articles, main.MentionCount);
        Assert.Equal(PopularStory.Outlets, main.SourceCount);
        Assert.InRange(main.Mentions.Count, 1, MentionSample.MaxMentions);
        Assert.InRange(main.History.Count, 1, MentionSample.MaxHistory);
        Assert.True(main.HistoryCount >= Articles, $"{main.HistoryCount} changes recorded");
        // The earliest report and the most recent are in the sample.
        Assert.Equal("story0-a0000:m1", main.Mentions[0].MentionId);
        Assert.Contains(main.Mentions, m => m.MentionId == $"story0-a{Articles - 1:D4}:m1");

        Assert.InRange(report.DocumentBytes, 1, 64 * 1024);
        Assert.InRange(report.PageBytes, 1, 256 * 1024);
        Assert.InRange(report.LargestMessageBytes, 1, 16 * 1024);

        // Every mention, each once, through the pages.
        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var page = await _temp.Store.GetMentionsAsync(report.MainEventId, cursor, 100, Ct);
            ids.AddRange(page.Items.Select(m => m.MentionId));
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        Assert.Equal(Articles, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Articles, ids.Count);
    }

    [Fact]
    public async Task A_new_article_on_a_big_event_reads_none_of_its_earlier_mentions()
    {
        var counting = new MentionReadCounter(_temp.Store);
        var merger = _temp.Merger(counting);
        await PopularStory.RunAsync(merger, counting, articles: 60, otherStories: 0, articlesPerOtherStory: 0);

        Assert.Equal(0, counting.MentionsRead);
    }

    [Fact]
    public async Task The_event_composed_one_article_at_a_time_equals_the_event_composed_from_all_its_mentions()
    {
        var merger = _temp.Merger();
        var report = await PopularStory.RunAsync(merger, _temp.Store, articles: 120, otherStories: 0, articlesPerOtherStory: 0);

        var stored = (await _temp.Store.GetAsync(report.MainEventId, Ct))!;
        var all = new List<Mention>();
        string? cursor = null;
        do
        {
            var page = await _temp.Store.GetMentionsAsync(report.MainEventId, cursor, 50, Ct);
            all.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        var recomposed = EventComposer.Compose(stored with { Mentions = [] }, all) with { Version = stored.Version, History = stored.History, HistoryCount = stored.HistoryCount };

        // Every field alike; the samples differ only in which other outlets they show, and both keep the earliest and the latest.
        Assert.Equal(JsonSerializer.Serialize(recomposed with { Mentions = [] }, ApiJson), JsonSerializer.Serialize(stored with { Mentions = [] }, ApiJson));
        Assert.Equal(recomposed.Mentions[0].MentionId, stored.Mentions[0].MentionId);
        Assert.Equal(recomposed.Mentions[^1].MentionId, stored.Mentions[^1].MentionId);
        Assert.Equal(MentionSample.MaxMentions, stored.Mentions.Count);
    }

    /// <summary>Counts the stored mentions a merge reads whole.</summary>
    private sealed class MentionReadCounter(IEventStore inner) : IEventStore
    {
        public int MentionsRead { get; private set; }

        public async Task<MentionPage> GetMentionsAsync(string eventId, string? cursor, int limit, CancellationToken cancellationToken)
        {
            var page = await inner.GetMentionsAsync(eventId, cursor, limit, cancellationToken);
            MentionsRead += page.Items.Count;
            return page;
        }

        public Task<TimelineEvent?> GetAsync(string id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);
        public Task<EventPage> QueryAsync(EventQuery query, CancellationToken cancellationToken) => inner.QueryAsync(query, cancellationToken);
        public Task<IReadOnlyList<MonthTypeCount>> CountByMonthAndTypeAsync(EventQuery query, CancellationToken cancellationToken) => inner.CountByMonthAndTypeAsync(query, cancellationToken);
        public Task<IReadOnlyDictionary<string, EventTally>> GetTalliesAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken) => inner.GetTalliesAsync(eventIds, cancellationToken);
        public Task<IReadOnlyList<TimelineEvent>> FindCandidatesAsync(string type, DateOnly from, DateOnly to, bool includeUndated, CancellationToken cancellationToken) => inner.FindCandidatesAsync(type, from, to, includeUndated, cancellationToken);
        public Task<IReadOnlyList<TimelineEvent>> FindCandidatesAsync(string type, DateOnly from, DateOnly to, bool includeUndated, Func<IReadOnlyList<string>, bool> acceptActors, CancellationToken cancellationToken) => inner.FindCandidatesAsync(type, from, to, includeUndated, acceptActors, cancellationToken);
        public Task<IReadOnlyList<TimelineEvent>> FindByArticleAsync(string articleId, CancellationToken cancellationToken) => inner.FindByArticleAsync(articleId, cancellationToken);
        public Task<bool> TryInsertAsync(TimelineEvent timelineEvent, CancellationToken cancellationToken) => inner.TryInsertAsync(timelineEvent, cancellationToken);
        public Task<bool> TryReplaceAsync(TimelineEvent timelineEvent, long expectedVersion, CancellationToken cancellationToken) => inner.TryReplaceAsync(timelineEvent, expectedVersion, cancellationToken);
        public Task<AppliedExtraction?> GetAppliedExtractionAsync(string articleId, CancellationToken cancellationToken) => inner.GetAppliedExtractionAsync(articleId, cancellationToken);
        public Task<bool> TrySetAppliedExtractionAsync(AppliedExtraction applied, AppliedExtraction? expectedPrevious, CancellationToken cancellationToken) => inner.TrySetAppliedExtractionAsync(applied, expectedPrevious, cancellationToken);
        public Task<IReadOnlyDictionary<string, long>> GetFencesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.GetFencesAsync(keys, cancellationToken);
        public Task<bool> TryCommitAsync(EventCommit commit, CancellationToken cancellationToken) => inner.TryCommitAsync(commit, cancellationToken);
    }
}

/// <summary>What merging a popular story measured.</summary>
internal sealed record PopularStoryReport(string MainEventId, long DocumentBytes, long PageBytes, long LargestMessageBytes, double TenthMs, double LastMs, long FileBytes);

/// <summary>Merges a popular story (and smaller ones beside it) and measures what readers and subscribers receive.</summary>
internal static class PopularStory
{
    public const int Outlets = 40;
    private static readonly JsonSerializerOptions ApiJson = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
    private static readonly Participant Shoigu = new("Q295110", "Sergei Shoigu", ParticipantRoles.Actor, "RU");

    // Sentences of our own, in the two languages the timeline reads.
    private static readonly string[] Sentences =
    [
        "The foreign ministers of the two countries held a long round of talks in the capital, their offices said in statements issued late in the evening.",
        "Officials on both sides described the meeting as warm and said the ministers had discussed trade, transport links and the calendar of further visits.",
        "عقد وزيرا خارجية البلدين جولة طويلة من المحادثات في العاصمة، وقال مكتباهما إن اللقاء تناول التجارة والنقل ومواعيد الزيارات المقبلة.",
        "A reporter travelling with the delegation wrote that the two ministers met for several hours and agreed to keep in close contact in the months ahead.",
    ];

    public static async Task<PopularStoryReport> RunAsync(EventMerger merger, IEventStore store, int articles, int otherStories, int articlesPerOtherStory, string? databasePath = null)
    {
        var ct = CancellationToken.None;
        var largestMessage = 0L;
        var timings = new List<double>(articles);
        for (var i = 0; i < articles; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var outcome = await merger.ApplyAsync(StoryArticle(0, i, new DateOnly(2024, 7, 10)), ct);
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            largestMessage = Math.Max(largestMessage, TimelineOutbox.For(outcome, T0).Select(m => (long)System.Text.Encoding.UTF8.GetByteCount(m.Payload)).DefaultIfEmpty(0).Max());
        }
        for (var s = 1; s <= otherStories; s++)
        {
            for (var i = 0; i < articlesPerOtherStory; i++)
            {
                var outcome = await merger.ApplyAsync(StoryArticle(s, i, new DateOnly(2024, 7, 10).AddDays(s * 7)), ct);
                largestMessage = Math.Max(largestMessage, TimelineOutbox.For(outcome, T0).Select(m => (long)System.Text.Encoding.UTF8.GetByteCount(m.Payload)).DefaultIfEmpty(0).Max());
            }
        }
        var page = await store.QueryAsync(new EventQuery { Limit = 50 }, ct);
        var main = page.Items.Single(e => e.ArticleCount == articles);
        var document = (await store.GetAsync(main.Id, ct))!;
        // The database file once its write-ahead log is copied back in.
        if (databasePath is not null)
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={databasePath}");
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            checkpoint.ExecuteNonQuery();
        }
        var file = databasePath is null ? 0 : new FileInfo(databasePath).Length;
        var report = new PopularStoryReport(
            main.Id,
            JsonSerializer.SerializeToUtf8Bytes(document, ApiJson).LongLength,
            // As GET /events answers: each item compact.
            JsonSerializer.SerializeToUtf8Bytes(new { items = page.Items.Select(MentionSample.Compact), nextCursor = page.NextCursor }, ApiJson).LongLength,
            largestMessage,
            Median(timings, 10),
            Median(timings, articles),
            file);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{articles} articles on one story (+{otherStories}x{articlesPerOtherStory}): GET /events/{{id}} {report.DocumentBytes} B, " +
            $"page of {page.Items.Count} events {report.PageBytes} B, largest message {report.LargestMessageBytes} B, " +
            $"merge of the 10th article {report.TenthMs:0.00} ms, of the {articles}th {report.LastMs:0.00} ms (medians of the 9 up to each), " +
            $"SQLite file {report.FileBytes / 1024.0:0} KB");
        return report;
    }

    /// <summary>Median of the nine timings ending at the <paramref name="nth"/> article (1-based), steadier than one.</summary>
    private static double Median(List<double> timings, int nth)
    {
        var window = timings.Skip(Math.Max(0, nth - 9)).Take(Math.Min(9, nth)).Order().ToList();
        return window.Count == 0 ? 0 : window[window.Count / 2];
    }

    private static EventsExtracted StoryArticle(int story, int i, DateOnly day)
    {
        // Most outlets date it on the day; a few a day earlier (time zones) or only the month (relative wording).
        var shown = i % 17 == 3 ? day.AddDays(-1) : day;
        var date = i % 17 == 5 ? Month(day.Year, day.Month) : Day(shown.Year, shown.Month, shown.Day);
        IReadOnlyList<Participant> people = story == 0 ? (i % 9 == 4 ? [Lavrov, Choe, Shoigu] : [Lavrov, Choe]) : [Putin, Kim];
        var sentence = Sentences[i % Sentences.Length];
        var mention = Mention(
            $"story{story}-a{i:D4}:m1", date, people,
            summary: story == 0 ? "Lavrov and Choe Son Hui held talks" : $"Putin and Kim met ({story})",
            derivation: i % 5 == 0 ? DateDerivations.Relative : DateDerivations.Explicit,
            sentence: sentence,
            location: i % 3 == 0 ? "Pyongyang" : null);
        return Article($"story{story}-a{i:D4}", $"outlet{i % Outlets}.example", T0.AddMinutes(i), mention);
    }
}
