using Timeline.Contracts;
using Timeline.Storage;
using Timeline.Storage.Sqlite;

namespace Timeline.EndToEnd.Tests.Infrastructure;

/// <summary>
/// What the stores hold for a set of accepted articles, each of which reports one meeting on a date of its own:
/// how many are stored, applied by the timeline service and on the timeline, and how many are lost or duplicated.
/// </summary>
/// <param name="Accepted">Articles ingestion answered 202 for.</param>
/// <param name="Stored">Of those, articles in the article store.</param>
/// <param name="Applied">Of those, articles whose extraction the timeline service applied.</param>
/// <param name="OnTimeline">Of those, articles whose meeting is a live event on the timeline.</param>
/// <param name="Duplicated">Extra live events or mentions for a meeting already on the timeline once.</param>
/// <param name="Unexpected">Live meeting events on a date no accepted article reports.</param>
public sealed record StoreAudit(int Accepted, int Stored, int Applied, int OnTimeline, int Duplicated, int Unexpected)
{
    /// <summary>Accepted articles whose meeting is not on the timeline.</summary>
    public int Lost => Accepted - OnTimeline;

    /// <summary>Reads the SQLite file every service shares, through the same store adapters the services use.</summary>
    public static async Task<StoreAudit> ReadAsync(string sqlitePath, IReadOnlyDictionary<string, DateOnly> accepted)
    {
        using var database = new SqliteDatabase(sqlitePath);
        var articles = new SqliteArticleStore(database);
        var events = new SqliteEventStore(database);
        var ct = CancellationToken.None;

        int stored = 0, applied = 0;
        foreach (var id in accepted.Keys)
        {
            stored += await articles.GetAsync(id, ct) is null ? 0 : 1;
            applied += await events.GetAppliedExtractionAsync(id, ct) is null ? 0 : 1;
        }

        var meetings = new List<TimelineEvent>();
        string? cursor = null;
        do
        {
            var page = await events.QueryAsync(new EventQuery { Types = [EventTypes.Meeting], Limit = 200, Cursor = cursor }, ct);
            meetings.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        var expected = accepted.Values.ToHashSet();
        var byDay = meetings.Where(e => e.Date is { Precision: DatePrecisions.Day }).ToLookup(e => e.Date!.Start);
        var onTimeline = accepted.Values.Count(d => byDay[d].Any());
        // One article, one meeting: a second event on the day, or a second mention of the article in it, is a duplicate.
        var duplicated = expected.Sum(d => Math.Max(0, byDay[d].Count() - 1))
            + meetings.Sum(e => e.Mentions.Count - e.Mentions.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count());
        var unexpected = meetings.Count(e => e.Date is not { Precision: DatePrecisions.Day } || !expected.Contains(e.Date.Start));
        return new StoreAudit(accepted.Count, stored, applied, onTimeline, duplicated, unexpected);
    }

    /// <summary>Fails, naming every count, unless all accepted articles are stored, applied and on the timeline exactly once.</summary>
    public void AssertWhole()
    {
        Assert.True(Stored == Accepted && Applied == Accepted && Lost == 0 && Duplicated == 0 && Unexpected == 0, ToString());
    }

    public override string ToString() =>
        $"accepted {Accepted}, stored {Stored}, applied {Applied}, on the timeline {OnTimeline}, lost {Lost}, duplicated {Duplicated}, unexpected {Unexpected}";
}
