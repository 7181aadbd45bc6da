using System.Globalization;
using Timeline.Contracts;
using Timeline.Gateway.Actors;

namespace Timeline.LoadTest;

/// <summary>Makes realistic timeline events: spread over years, actors, types, outlets, with Arabic and English evidence.</summary>
internal sealed class EventGenerator(IReadOnlyList<ActorView> actors, int seed)
{
    private static readonly (string Type, int Weight)[] Types =
    [
        (EventTypes.Meeting, 30), (EventTypes.Statement, 25), (EventTypes.Visit, 15), (EventTypes.Agreement, 8),
        (EventTypes.Accusation, 10), (EventTypes.MilitaryCooperation, 6), (EventTypes.Invitation, 4), (EventTypes.Other, 2),
    ];

    private static readonly string[] Locations = ["Pyongyang", "Moscow", "Vladivostok", "Vostochny Cosmodrome", "Beijing", "Wonsan", "Khabarovsk"];
    private static readonly string[] Outlets = ["aljazeera.net", "alarabiya.net", "skynewsarabia.com", "arabic.rt.com", "reuters.com", "apnews.com", "yna.co.kr"];
    private static readonly string[] ArabicVerbs = ["التقى", "استقبل", "بحث مع", "أجرى محادثات مع", "ندد", "وقّع اتفاقية مع", "دعا"];

    private readonly Random _random = new(seed);
    private readonly int _totalWeight = Types.Sum(t => t.Weight);

    public TimelineEvent Next(int index, DateOnly from, DateOnly to)
    {
        var ci = CultureInfo.InvariantCulture;
        var day = from.AddDays(_random.Next(to.DayNumber - from.DayNumber + 1));
        var monthOnly = _random.NextDouble() < 0.15;
        var date = monthOnly
            ? new EventDate(day.ToString("yyyy-MM", ci), DatePrecisions.Month, new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1))
            : new EventDate(day.ToString("yyyy-MM-dd", ci), DatePrecisions.Day, day, day);
        var type = PickType();
        var people = actors.OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)).ToList();
        var participants = people.Select((a, i) => new Participant(a.Id, a.Name, i == 0 ? ParticipantRoles.Actor : type == EventTypes.Accusation ? ParticipantRoles.Target : ParticipantRoles.Counterpart, a.Country)).ToList();
        var countries = people.Select(a => a.Country).OfType<string>().Append("RU").Append("KP").Distinct().ToList();
        var location = _random.NextDouble() < 0.7 ? Locations[_random.Next(Locations.Length)] : null;
        var reported = new DateTimeOffset(date.End.ToDateTime(new TimeOnly(_random.Next(6, 20), _random.Next(60))), TimeSpan.Zero).AddDays(_random.Next(0, 3));
        var sources = _random.Next(1, 4);
        var summary = $"{people[0].Name} {type.Replace('_', ' ')} {(people.Count > 1 ? "with " + people[1].Name : "on Russia–North Korea ties")}{(location is null ? "" : " in " + location)}.";
        var mentions = Enumerable.Range(0, sources).Select(s =>
        {
            var outlet = Outlets[(index + s) % Outlets.Length];
            var arabic = outlet is not ("reuters.com" or "apnews.com" or "yna.co.kr");
            var subject = ArabicName(people[0]);
            var sentence = arabic
                ? $"{ArabicVerbs[_random.Next(ArabicVerbs.Length)]} {subject} {(people.Count > 1 ? ArabicName(people[1]) : "")} في {location ?? "العاصمة"}، بحسب ما أفادت وسائل إعلام رسمية."
                : summary + " State media reported the talks on " + date.Value + ".";
            return new Mention
            {
                MentionId = $"men_load_{index}_{s}",
                ArticleId = $"art_load_{index}_{s}",
                Source = outlet,
                Url = $"https://{outlet}/news/load-{index}-{s}",
                Sentence = sentence,
                Start = 0,
                End = sentence.Length,
                ExtractedDate = date,
                DateDerivation = monthOnly ? DateDerivations.PublicationDate : DateDerivations.Explicit,
                Modality = Modalities.Occurred,
                Confidence = Math.Round(0.6 + (_random.NextDouble() * 0.4), 2),
                PublishedAt = reported.AddHours(s),
            };
        }).ToList();
        return new TimelineEvent
        {
            Id = "evt_" + index.ToString("D26", ci),
            Version = 1,
            Type = type,
            Status = _random.NextDouble() < 0.1 ? Modalities.Planned : _random.NextDouble() < 0.03 ? Modalities.Denied : Modalities.Occurred,
            Date = date,
            Participants = participants,
            Countries = countries,
            Location = location,
            Summary = summary,
            FirstReportedAt = reported,
            LastReportedAt = reported.AddHours(sources - 1),
            SourceCount = sources,
            ArticleCount = sources,
            Mentions = mentions,
            History = [new HistoryEntry(reported, "created", 0)],
        };
    }

    private static string ArabicName(ActorView actor) => actor.Aliases.Ar.Count > 0 ? actor.Aliases.Ar[0] : actor.Name;

    private string PickType()
    {
        var roll = _random.Next(_totalWeight);
        foreach (var (type, weight) in Types)
        {
            if ((roll -= weight) < 0)
            {
                return type;
            }
        }
        return EventTypes.Other;
    }
}
