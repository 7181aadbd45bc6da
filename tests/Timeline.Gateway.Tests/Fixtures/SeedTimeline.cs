using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Timeline.Contracts;
using Timeline.Gateway.Actors;

namespace Timeline.Gateway.Tests.Fixtures;

/// <summary>Realistic stored events: those of five Arabic articles (Fixtures/stored-events.json, in the gold format), plus a few made for one filter each.</summary>
public static class SeedTimeline
{
    public const string MultiSourceId = "evt_multisource0000000000000";
    public const string DeniedId = "evt_denied000000000000000000";
    public const string MergedAwayId = "evt_mergedaway00000000000000";
    public const string LateKnownId = "evt_lateknown000000000000000";

    private static readonly string[] Outlets = ["aljazeera.net", "alarabiya.net", "skynewsarabia.com", "arabic.rt.com", "independentarabia.com"];

    public static IReadOnlyList<TimelineEvent> Build(ActorDirectory actors)
    {
        // Articles in the gold format, with Arabic evidence written for these tests.
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "stored-events.json")));
        var events = new List<TimelineEvent>();
        var fileIndex = 0;
        foreach (var article in gold.RootElement.EnumerateArray())
        {
            var file = article.GetProperty("file").GetString()!;
            var published = DateOnly.Parse(article.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var reportedAt = new DateTimeOffset(published.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);
            var outlet = Outlets[fileIndex++ % Outlets.Length];
            var articleId = "art_" + file[4..20];
            var i = 0;
            foreach (var e in article.GetProperty("events").EnumerateArray())
            {
                var evidence = e.GetProperty("evidence").GetString()!;
                var date = ParseDate(e.GetProperty("date").GetString()!);
                var names = e.GetProperty("actors").EnumerateArray().Select(a => a.GetString()!).ToList();
                var participants = names.Select((n, k) =>
                {
                    var actor = actors.Resolve(n);
                    return new Participant(actor?.Id ?? "name:" + n, actor?.Name ?? n, k == 0 ? ParticipantRoles.Actor : ParticipantRoles.Counterpart, actor?.Country);
                }).ToList();
                var modality = e.GetProperty("modality").GetString()!;
                events.Add(new TimelineEvent
                {
                    Id = "evt_" + Hash(file + "#" + i).ToLowerInvariant()[..26],
                    Version = 1,
                    Type = e.GetProperty("type").GetString()!,
                    Status = modality,
                    Date = date,
                    Participants = participants,
                    Countries = [.. e.GetProperty("countries").EnumerateArray().Select(c => c.GetString()!)],
                    Location = e.GetProperty("location").ValueKind == JsonValueKind.Null ? null : e.GetProperty("location").GetString(),
                    Summary = e.GetProperty("summary").GetString()!,
                    FirstReportedAt = reportedAt,
                    LastReportedAt = reportedAt,
                    SourceCount = 1,
                    ArticleCount = 1,
                    Mentions =
                    [
                        new Mention
                        {
                            MentionId = $"men_{file[4..12]}_{i}",
                            ArticleId = articleId,
                            Source = outlet,
                            Url = $"https://{outlet}/news/{file[4..20]}",
                            Sentence = evidence,
                            Start = 100 * i,
                            End = (100 * i) + evidence.Length,
                            ExtractedDate = date,
                            DateDerivation = date?.Precision == DatePrecisions.Day ? DateDerivations.Explicit : DateDerivations.PublicationDate,
                            Modality = modality,
                            Confidence = 0.9,
                            PublishedAt = reportedAt,
                        },
                    ],
                    History = [new HistoryEntry(reportedAt, "created", 0)],
                });
                i++;
            }
        }

        var putin = actors.Resolve("Vladimir Putin")!;
        var kim = actors.Resolve("Kim Jong Un")!;
        var lavrov = actors.Resolve("Sergey Lavrov")!;
        var june = new DateTimeOffset(2024, 6, 19, 12, 0, 0, TimeSpan.Zero);
        var treaty = new EventDate("2024-06-19", DatePrecisions.Day, new DateOnly(2024, 6, 19), new DateOnly(2024, 6, 19));
        events.Add(new TimelineEvent
        {
            Id = MultiSourceId,
            Version = 3,
            Type = EventTypes.Agreement,
            Status = Modalities.Occurred,
            Date = treaty,
            Participants = [P(putin, ParticipantRoles.Actor), P(kim, ParticipantRoles.Counterpart)],
            Countries = ["RU", "KP"],
            Location = "Pyongyang",
            Summary = "Putin and Kim sign a comprehensive strategic partnership treaty in Pyongyang.",
            FirstReportedAt = june,
            LastReportedAt = june.AddHours(6),
            SourceCount = 3,
            ArticleCount = 3,
            Mentions =
            [
                M("men_ms_1", "art_ms_1", "aljazeera.net", "وقّع الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون معاهدة شراكة استراتيجية شاملة في بيونغ يانغ.", treaty, june),
                M("men_ms_2", "art_ms_2", "reuters.com", "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a comprehensive strategic partnership treaty in Pyongyang.", treaty, june.AddHours(2)),
                M("men_ms_3", "art_ms_3", "alarabiya.net", "بوتين وكيم يوقعان اتفاقية للدفاع المشترك خلال قمة في بيونغ يانغ", treaty, june.AddHours(6)),
            ],
            History =
            [
                new HistoryEntry(june, "created", 0),
                new HistoryEntry(june.AddHours(2), "mention added", 1),
                new HistoryEntry(june.AddHours(6), "merged " + MergedAwayId, 2),
            ],
        });
        events.Add(new TimelineEvent
        {
            Id = MergedAwayId,
            Version = 2,
            Type = EventTypes.Agreement,
            Status = "retired",
            Date = treaty,
            Participants = [P(putin, ParticipantRoles.Actor), P(kim, ParticipantRoles.Counterpart)],
            Countries = ["RU", "KP"],
            Location = "Pyongyang",
            Summary = "Putin and Kim sign a mutual defence pact.",
            FirstReportedAt = june.AddHours(1),
            LastReportedAt = june.AddHours(1),
            SourceCount = 1,
            ArticleCount = 1,
            Mentions = [],
            History = [new HistoryEntry(june.AddHours(1), "created", 0), new HistoryEntry(june.AddHours(6), "merged into " + MultiSourceId, 1)],
            MergedInto = MultiSourceId,
        });
        var denial = new DateTimeOffset(2024, 9, 12, 9, 0, 0, TimeSpan.Zero);
        var denialDate = new EventDate("2024-09-11", DatePrecisions.Day, new DateOnly(2024, 9, 11), new DateOnly(2024, 9, 11));
        events.Add(new TimelineEvent
        {
            Id = DeniedId,
            Version = 1,
            Type = EventTypes.MilitaryCooperation,
            Status = Modalities.Denied,
            Date = denialDate,
            Participants = [P(actors.Resolve("Russia")!, ParticipantRoles.Actor), P(actors.Resolve("North Korea")!, ParticipantRoles.Counterpart)],
            Countries = ["RU", "KP"],
            Location = "Moscow",
            Summary = "Moscow denies receiving North Korean artillery shells.",
            FirstReportedAt = denial,
            LastReportedAt = denial,
            SourceCount = 2,
            ArticleCount = 2,
            Mentions =
            [
                M("men_dn_1", "art_dn_1", "skynewsarabia.com", "نفى الكرملين تلقي قذائف مدفعية من كوريا الشمالية.", denialDate, denial, Modalities.Denied),
                M("men_dn_2", "art_dn_2", "arabic.rt.com", "نفت موسكو الأنباء عن شحنات ذخيرة كورية شمالية.", denialDate, denial, Modalities.Denied),
            ],
            History = [new HistoryEntry(denial, "created", 0)],
        });
        var late = new DateTimeOffset(2025, 3, 2, 10, 0, 0, TimeSpan.Zero);
        var lateDate = new EventDate("2025-02-27", DatePrecisions.Day, new DateOnly(2025, 2, 27), new DateOnly(2025, 2, 27));
        events.Add(new TimelineEvent
        {
            Id = LateKnownId,
            Version = 1,
            Type = EventTypes.Visit,
            Status = Modalities.Occurred,
            Date = lateDate,
            Participants = [P(lavrov, ParticipantRoles.Actor)],
            Countries = ["RU", "KP"],
            Location = "Wonsan",
            Summary = "Lavrov visits Wonsan.",
            FirstReportedAt = late,
            LastReportedAt = late,
            SourceCount = 1,
            ArticleCount = 1,
            Mentions = [M("men_lk_1", "art_lk_1", "aljazeera.net", "وصل وزير الخارجية الروسي سيرغي لافروف إلى مدينة وونسان.", lateDate, late)],
            History = [new HistoryEntry(late, "created", 0)],
        });
        return events;
    }

    public static TimelineEvent NewEvent(string id, string summary, string evidence, ActorDirectory actors)
    {
        var now = DateTimeOffset.UtcNow;
        var date = new EventDate("2024-11-05", DatePrecisions.Day, new DateOnly(2024, 11, 5), new DateOnly(2024, 11, 5));
        return new TimelineEvent
        {
            Id = id,
            Version = 1,
            Type = EventTypes.Meeting,
            Status = Modalities.Occurred,
            Date = date,
            Participants = [P(actors.Resolve("Sergey Lavrov")!, ParticipantRoles.Actor), P(actors.Resolve("Choe Son Hui")!, ParticipantRoles.Counterpart)],
            Countries = ["RU", "KP"],
            Location = "Moscow",
            Summary = summary,
            FirstReportedAt = now,
            LastReportedAt = now,
            SourceCount = 1,
            ArticleCount = 1,
            Mentions = [M("men_" + id, "art_" + id, "aljazeera.net", evidence, date, now)],
            History = [new HistoryEntry(now, "created", 0)],
        };
    }

    private static Participant P(ActorView actor, string role) => new(actor.Id, actor.Name, role, actor.Country);

    private static Mention M(string id, string article, string source, string sentence, EventDate date, DateTimeOffset at, string modality = Modalities.Occurred) => new()
    {
        MentionId = id,
        ArticleId = article,
        Source = source,
        Url = $"https://{source}/news/{article}",
        Sentence = sentence,
        Start = 0,
        End = sentence.Length,
        ExtractedDate = date,
        DateDerivation = DateDerivations.Explicit,
        Modality = modality,
        Confidence = 0.85,
        PublishedAt = at,
    };

    private static EventDate? ParseDate(string value)
    {
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        if (value.Length == 10)
        {
            var d = DateOnly.ParseExact(value, "yyyy-MM-dd", ci);
            return new EventDate(value, DatePrecisions.Day, d, d);
        }
        var m = DateOnly.ParseExact(value + "-01", "yyyy-MM-dd", ci);
        return new EventDate(value, DatePrecisions.Month, m, m.AddMonths(1).AddDays(-1));
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
