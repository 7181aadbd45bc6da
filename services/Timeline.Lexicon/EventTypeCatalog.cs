using System.Text.Json;
using System.Text.Json.Serialization;

namespace Timeline.Lexicon;

/// <summary>A PLOVER event type with its optional mode, e.g. ("CONSULT", "visit").</summary>
/// <param name="EventType">PLOVER event type in upper case.</param>
/// <param name="Mode">PLOVER mode, or null.</param>
public sealed record PloverType(string EventType, string? Mode);

/// <summary>The timeline's event types and their PLOVER mapping, loaded from the versioned data file <c>Data/event-types.json</c>.</summary>
public sealed class EventTypeCatalog
{
    private static readonly Lazy<EventTypeCatalog> LazyDefault = new(Load);
    private readonly Dictionary<string, TypeJson> _types;

    private EventTypeCatalog(string version, List<TypeJson> types)
    {
        Version = version;
        _types = types.ToDictionary(t => t.Type, StringComparer.Ordinal);
        Types = [.. types.Select(t => t.Type)];
    }

    /// <summary>The catalogue shipped with the product, loaded once.</summary>
    public static EventTypeCatalog Default => LazyDefault.Value;

    /// <summary>Version of the data file.</summary>
    public string Version { get; }

    /// <summary>All timeline types, in display order.</summary>
    public IReadOnlyList<string> Types { get; }

    /// <summary>English label of a type ("military_cooperation" → "Military cooperation"); the type itself when unknown.</summary>
    public string Label(string type) => _types.TryGetValue(type, out var t) ? t.Label : type;

    /// <summary>The PLOVER type of a timeline type (and subtype, when it refines the mapping); "OTHER" for unknown types.</summary>
    public PloverType ToPlover(string type, string? subtype = null)
    {
        if (!_types.TryGetValue(type, out var t))
        {
            return new PloverType("OTHER", null);
        }
        if (subtype is not null && t.Subtypes.TryGetValue(subtype, out var s))
        {
            return new PloverType(s.Plover, s.Mode);
        }
        return new PloverType(t.Plover, t.Mode);
    }

    private static EventTypeCatalog Load()
    {
        using var stream = Gazetteer.OpenResource("event-types.json");
        var file = JsonSerializer.Deserialize(stream, EventTypeJson.Default.EventTypeFile)
            ?? throw new InvalidDataException("Empty event-type file.");
        return new EventTypeCatalog(file.Version, file.Types);
    }
}

internal sealed class EventTypeFile
{
    public string Version { get; set; } = "0";
    public List<TypeJson> Types { get; set; } = [];
}

internal sealed class TypeJson
{
    public string Type { get; set; } = "";
    public string Label { get; set; } = "";
    public string Plover { get; set; } = "OTHER";
    public string? Mode { get; set; }
    public Dictionary<string, SubtypeJson> Subtypes { get; set; } = [];
}

internal sealed class SubtypeJson
{
    public string Plover { get; set; } = "OTHER";
    public string? Mode { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(EventTypeFile))]
internal sealed partial class EventTypeJson : JsonSerializerContext;
