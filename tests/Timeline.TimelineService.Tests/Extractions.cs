using Timeline.Contracts;

namespace Timeline.TimelineService.Tests;

/// <summary>Builders of EventsExtracted messages as the extraction worker sends them.</summary>
internal static class Extractions
{
    public static readonly Participant Putin = new("Q7747", "Vladimir Putin", ParticipantRoles.Actor, "RU");
    public static readonly Participant Kim = new("Q56226", "Kim Jong Un", ParticipantRoles.Counterpart, "KP");
    public static readonly Participant Lavrov = new("Q80137", "Sergey Lavrov", ParticipantRoles.Actor, "RU");
    public static readonly Participant Choe = new("tl:choe-son-hui", "Choe Son Hui", ParticipantRoles.Counterpart, "KP");
    public static readonly Participant Russia = new("RU", "Russia", ParticipantRoles.Actor, "RU");
    public static readonly Participant NorthKorea = new("KP", "North Korea", ParticipantRoles.Counterpart, "KP");

    public static readonly DateTimeOffset T0 = new(2024, 7, 1, 12, 0, 0, TimeSpan.Zero);

    public static EventDate Day(int y, int m, int d) =>
        new($"{y:D4}-{m:D2}-{d:D2}", DatePrecisions.Day, new DateOnly(y, m, d), new DateOnly(y, m, d));

    public static EventDate Month(int y, int m) =>
        new($"{y:D4}-{m:D2}", DatePrecisions.Month, new DateOnly(y, m, 1), new DateOnly(y, m, DateTime.DaysInMonth(y, m)));

    public static ExtractedEvent Mention(
        string mentionId,
        EventDate? date,
        IReadOnlyList<Participant> participants,
        string type = EventTypes.Meeting,
        string modality = Modalities.Occurred,
        string? summary = null,
        string derivation = DateDerivations.Explicit,
        string sentence = "The two sides held talks.",
        string? location = null,
        string? subtype = null) => new()
        {
            MentionId = mentionId,
            Type = type,
            Subtype = subtype,
            Modality = modality,
            Date = date,
            DateDerivation = date is null ? DateDerivations.None : derivation,
            Participants = participants,
            Countries = [.. participants.Select(p => p.Country).OfType<string>().Distinct()],
            Location = location,
            Summary = summary ?? $"{string.Join(" and ", participants.Select(p => p.Name))} {type}",
            Evidence = new Evidence(sentence, 0, sentence.Length),
            Confidence = 0.8,
        };

    public static EventsExtracted Article(string articleId, string source, DateTimeOffset extractedAt, params ExtractedEvent[] events) => new()
    {
        ArticleId = articleId,
        Source = source,
        Url = $"https://{source}/{articleId}",
        PublishedAt = extractedAt.AddHours(-1),
        ExtractorVersion = "1.0.0",
        ExtractedAt = extractedAt,
        Events = events,
    };
}
