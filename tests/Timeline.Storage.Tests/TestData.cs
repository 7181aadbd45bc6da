using Timeline.Contracts;

namespace Timeline.Storage.Tests;

/// <summary>A clock the tests move by hand, so as-of queries have exact boundaries.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}

internal static class TestData
{
    public static readonly Participant Putin = new("Q7747", "Vladimir Putin", ParticipantRoles.Actor, "RU");
    public static readonly Participant Kim = new("Q56226", "Kim Jong Un", ParticipantRoles.Counterpart, "KP");
    public static readonly Participant Lavrov = new("Q81063", "Sergey Lavrov", ParticipantRoles.Actor, "RU");
    public static readonly Participant Shoigu = new("Q295110", "Sergei Shoigu", ParticipantRoles.Actor, "RU");

    public static EventDate Day(int y, int m, int d) =>
        new($"{y:D4}-{m:D2}-{d:D2}", DatePrecisions.Day, new DateOnly(y, m, d), new DateOnly(y, m, d));

    public static EventDate Month(int y, int m) =>
        new($"{y:D4}-{m:D2}", DatePrecisions.Month, new DateOnly(y, m, 1), new DateOnly(y, m, DateTime.DaysInMonth(y, m)));

    public static Mention Mention(string id, string article, string source, string sentence = "Putin met Kim.") => new()
    {
        MentionId = id,
        ArticleId = article,
        Source = source,
        Url = $"https://{source}/{article}",
        Sentence = sentence,
        Start = 0,
        End = sentence.Length,
        DateDerivation = DateDerivations.Explicit,
        Modality = Modalities.Occurred,
        Confidence = 0.9,
    };

    public static TimelineEvent Event(
        string id,
        EventDate? date,
        string type = EventTypes.Meeting,
        string status = Modalities.Occurred,
        IReadOnlyList<Participant>? participants = null,
        IReadOnlyList<Mention>? mentions = null,
        string? location = null,
        string summary = "Putin met Kim Jong Un",
        long version = 1)
    {
        var ms = mentions ?? [Mention("m-" + id, "a-" + id, "tass.ru")];
        return new TimelineEvent
        {
            Id = id,
            Version = version,
            Type = type,
            Status = status,
            Date = date,
            Participants = participants ?? [Putin, Kim],
            Countries = ["RU", "KP"],
            Location = location,
            Summary = summary,
            FirstReportedAt = new DateTimeOffset(2023, 10, 19, 8, 0, 0, TimeSpan.Zero),
            LastReportedAt = new DateTimeOffset(2023, 10, 20, 8, 0, 0, TimeSpan.Zero),
            SourceCount = ms.Select(m => m.Source).Distinct().Count(),
            ArticleCount = ms.Select(m => m.ArticleId).Distinct().Count(),
            Mentions = ms,
            History = [new HistoryEntry(new DateTimeOffset(2023, 10, 19, 8, 0, 0, TimeSpan.Zero), "created", 0)],
        };
    }

    public static StoredArticle Article(string id, string hash, string? url, ulong fingerprint = 0x1111_2222_3333_4444, DateTimeOffset? acceptedAt = null) => new()
    {
        Id = id,
        Source = "tass.ru",
        Url = url,
        Title = "Title " + id,
        Language = "en",
        Body = "Body of " + id,
        Raw = "<p>Body of " + id + "</p>",
        RawContentType = "text/html",
        PublishedAt = new DateTimeOffset(2023, 10, 19, 6, 30, 0, TimeSpan.FromHours(3)),
        PublishedAtSource = "page",
        ContentHash = hash,
        Fingerprint = fingerprint,
        AcceptedAt = acceptedAt ?? new DateTimeOffset(2023, 10, 19, 9, 0, 0, TimeSpan.Zero),
    };
}
