using System.Text.Json;
using System.Text.Json.Serialization;

namespace Timeline.Eval.Scoring;

/// <summary>One article of a gold file (see corpus/README.md).</summary>
public sealed record GoldArticle
{
    /// <summary>File name of the article in the corpus folder.</summary>
    [JsonPropertyName("file")] public required string File { get; init; }
    /// <summary>Publication date, YYYY-MM-DD.</summary>
    [JsonPropertyName("published")] public required string Published { get; init; }
    /// <summary>Whether the page itself states the date.</summary>
    [JsonPropertyName("published_in_text")] public bool PublishedInText { get; init; }
    /// <summary>"ar" or "en".</summary>
    [JsonPropertyName("language")] public string Language { get; init; } = "ar";
    /// <summary>Glued-on material starts with this text.</summary>
    [JsonPropertyName("off_topic_tail_starts_with")] public string? OffTopicTailStartsWith { get; init; }
    /// <summary>Glued-on material at the head ends before this text.</summary>
    [JsonPropertyName("off_topic_head_ends_before")] public string? OffTopicHeadEndsBefore { get; init; }
    /// <summary>The article's events.</summary>
    [JsonPropertyName("events")] public IReadOnlyList<GoldEvent> Events { get; init; } = [];

    /// <summary>The story part of the article's text: [start, end) outside the off-topic regions.</summary>
    public (int Start, int End) StoryRange(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        var end = text.Length;
        if (OffTopicHeadEndsBefore is { Length: > 0 } head && text.IndexOf(head, StringComparison.Ordinal) is var h and >= 0)
        {
            start = h;
        }
        if (OffTopicTailStartsWith is { Length: > 0 } tail && text.IndexOf(tail, start, StringComparison.Ordinal) is var t and >= 0)
        {
            end = t;
        }
        return (start, end);
    }
}

/// <summary>One gold event.</summary>
public sealed record GoldEvent
{
    /// <summary>YYYY-MM-DD or YYYY-MM.</summary>
    [JsonPropertyName("date")] public required string Date { get; init; }
    /// <summary>Event type.</summary>
    [JsonPropertyName("type")] public required string Type { get; init; }
    /// <summary>Canonical English names of the people acting.</summary>
    [JsonPropertyName("actors")] public IReadOnlyList<string> Actors { get; init; } = [];
    /// <summary>ISO codes of the states involved.</summary>
    [JsonPropertyName("countries")] public IReadOnlyList<string> Countries { get; init; } = [];
    /// <summary>Place, or null.</summary>
    [JsonPropertyName("location")] public string? Location { get; init; }
    /// <summary>occurred or planned.</summary>
    [JsonPropertyName("modality")] public string Modality { get; init; } = "occurred";
    /// <summary>English one-liner.</summary>
    [JsonPropertyName("summary")] public string Summary { get; init; } = "";
    /// <summary>The sentence stating it.</summary>
    [JsonPropertyName("evidence")] public string Evidence { get; init; } = "";
}

/// <summary>Reads gold files.</summary>
public static class GoldFile
{
    /// <summary>Loads a gold JSON array.</summary>
    public static IReadOnlyList<GoldArticle> Load(string path) =>
        JsonSerializer.Deserialize<List<GoldArticle>>(File.ReadAllText(path)) ?? [];
}
