using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Timeline.Lexicon;

/// <summary>
/// The people, offices, states, organisations, places and outlets of Russia–North Korea relations, loaded from the
/// versioned data file <c>Data/gazetteer.json</c> (an embedded resource). Office aliases ("وزير الخارجية الروسي",
/// "the Russian foreign minister") are generated from the file's title templates and each state's adjectives.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> LazyDefault = new(() => Load(OpenResource("gazetteer.json")));
    private readonly Dictionary<string, Actor> _byId;
    private readonly Dictionary<string, List<Actor>> _byAlias;
    private readonly Dictionary<string, List<Actor>> _holders;

    private Gazetteer(string version, List<Actor> actors)
    {
        Version = version;
        Actors = actors;
        _byId = actors.ToDictionary(a => a.Id, StringComparer.OrdinalIgnoreCase);
        _byAlias = new Dictionary<string, List<Actor>>(StringComparer.Ordinal);
        _holders = actors.Where(a => a.Kind == ActorKinds.Person)
            .SelectMany(a => a.Roles.Where(r => r.Office is not null).Select(r => (Office: r.Office!, Actor: a)))
            .GroupBy(x => x.Office, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Actor).Distinct().ToList(), StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            foreach (var key in actor.Aliases.Append(actor.Name).Select(TextNormalizer.Key).Where(k => k.Length > 0).Distinct())
            {
                if (!_byAlias.TryGetValue(key, out var list))
                {
                    _byAlias[key] = list = [];
                }
                list.Add(actor);
            }
        }
    }

    /// <summary>The gazetteer shipped with the product, loaded once.</summary>
    public static Gazetteer Default => LazyDefault.Value;

    /// <summary>Version of the data file, e.g. "2024.12.1"; part of the extractor version.</summary>
    public string Version { get; }

    /// <summary>All entries.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>Finds an entry by id or by any alias (Arabic or English, normalised, with Arabic clitics and "the" tolerated).</summary>
    public Actor? Find(string idOrAlias)
    {
        ArgumentNullException.ThrowIfNull(idOrAlias);
        if (_byId.TryGetValue(idOrAlias.Trim(), out var byId))
        {
            return byId;
        }
        var key = TextNormalizer.Key(idOrAlias);
        foreach (var candidate in KeyVariants(key))
        {
            if (_byAlias.TryGetValue(candidate, out var list))
            {
                return list[0];
            }
        }
        return null;
    }

    /// <summary>Every entry one alias can name (e.g. "Kim"), in data-file order (the usual referent first).</summary>
    public IReadOnlyList<Actor> FindAll(string alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        var key = TextNormalizer.Key(alias);
        foreach (var candidate in KeyVariants(key))
        {
            if (_byAlias.TryGetValue(candidate, out var list))
            {
                return list;
            }
        }
        return [];
    }

    /// <summary>The entry with this id, or null; an <see cref="Unlisted"/> person's id describes the person itself.</summary>
    public Actor? ById(string id) =>
        _byId.GetValueOrDefault(id) ?? (id.StartsWith(UnlistedPrefix, StringComparison.Ordinal) ? FromUnlistedId(id) : null);

    /// <summary>
    /// A person the file does not list, named in an article with a title that places them in a state ("South Korean
    /// lawmaker Lee Seong-kweun"). The id carries the state and the name as written, so the same person named the same
    /// way in two articles is one participant, and nothing needs to remember them.
    /// </summary>
    public static Actor Unlisted(string country, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(country);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Actor { Id = $"{UnlistedPrefix}{country}:{name.Replace(' ', '_')}", Name = name, Country = country, Kind = ActorKinds.Person, Aliases = [name] };
    }

    private const string UnlistedPrefix = "unlisted:";

    private static Actor? FromUnlistedId(string id)
    {
        var rest = id.AsSpan(UnlistedPrefix.Length);
        var colon = rest.IndexOf(':');
        return colon is 2 && rest.Length > 3 ? Unlisted(rest[..2].ToString(), rest[3..].ToString().Replace('_', ' ')) : null;
    }

    /// <summary>The person holding an office on a date ("office:RU:defence_minister" on 2024-06-01 is Belousov), or null.</summary>
    public Actor? HolderOf(string officeId, DateOnly date) =>
        _holders.TryGetValue(officeId, out var people) ? people.FirstOrDefault(a => a.Roles.Any(r => r.Office == officeId && r.HeldOn(date))) : null;

    /// <summary>The office of a state with a given function ("KP", "foreign_minister"), or null.</summary>
    public Actor? OfficeOf(string country, string function) => ById($"office:{country}:{function}");

    /// <summary>Loads a gazetteer from a JSON stream in the data-file format.</summary>
    public static Gazetteer Load(Stream json)
    {
        var file = JsonSerializer.Deserialize(json, GazetteerJson.Default.GazetteerFile)
            ?? throw new InvalidDataException("Empty gazetteer file.");
        var actors = new List<Actor>();
        foreach (var state in file.States)
        {
            actors.Add(new Actor
            {
                Id = state.Code,
                Name = state.Name,
                Country = state.Code,
                Kind = ActorKinds.State,
                Aliases = [.. state.Aliases, .. state.AdjAr, .. state.AdjEn],
            });
        }
        foreach (var state in file.States)
        {
            foreach (var function in file.Functions)
            {
                actors.Add(new Actor
                {
                    Id = $"office:{state.Code}:{function.Id}",
                    Name = $"{function.Title} of {state.Name}",
                    Country = state.Code,
                    Kind = ActorKinds.Office,
                    Function = function.Id,
                    Aliases = [.. Expand(function.Templates, state)],
                });
            }
        }
        foreach (var e in file.Entries)
        {
            actors.Add(new Actor
            {
                Id = e.Id,
                Name = e.Name,
                Country = e.Country,
                Kind = e.Kind,
                CapitalOf = e.CapitalOf,
                Official = e.Official,
                Died = ParseDate(e.Died),
                Roles = [.. e.Roles.Select(r => new ActorRole(r.Title, ParseDate(r.From), ParseDate(r.To), r.Office))],
                Aliases = e.Aliases,
            });
        }
        return new Gazetteer(file.Version, actors);
    }

    /// <summary>Opens one of the Lexicon's embedded data files ("gazetteer.json", "event-types.json").</summary>
    internal static Stream OpenResource(string fileName)
    {
        var asm = typeof(Gazetteer).Assembly;
        var name = asm.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        return asm.GetManifestResourceStream(name)!;
    }

    private static IEnumerable<string> Expand(IEnumerable<string> templates, StateJson state)
    {
        foreach (var t in templates)
        {
            var slots = new (string Slot, IReadOnlyList<string> Values)[]
            {
                ("{adj}", t.Any(IsArabic) ? state.AdjAr : state.AdjEn),
                ("{gen}", t.Any(IsArabic) ? state.GenAr : state.GenEn),
                ("{name}", t.Any(IsArabic) ? state.GenAr : state.NameEn),
            };
            var slot = slots.FirstOrDefault(s => t.Contains(s.Slot, StringComparison.Ordinal));
            if (slot.Slot is null)
            {
                yield return t;
                continue;
            }
            foreach (var v in slot.Values)
            {
                yield return t.Replace(slot.Slot, v, StringComparison.Ordinal);
            }
        }
    }

    private static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF';

    private static DateOnly? ParseDate(string? s) => string.IsNullOrEmpty(s) ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<string> KeyVariants(string key)
    {
        yield return key;
        if (key.StartsWith("the ", StringComparison.Ordinal))
        {
            yield return key[4..];
        }
        foreach (var prefix in ArabicClitics.Prefixes)
        {
            if (key.Length > prefix.Length + 2 && key.StartsWith(prefix, StringComparison.Ordinal))
            {
                yield return key[prefix.Length..];
            }
        }
    }
}

/// <summary>Arabic proclitics that attach to names and nouns ("ولافروف", "بموسكو", "للكرملين").</summary>
public static class ArabicClitics
{
    /// <summary>Prefix strings (normalised), longest first.</summary>
    public static readonly IReadOnlyList<string> Prefixes =
        ["وبال", "وكال", "فبال", "وللـ", "وال", "فال", "بال", "كال", "لل", "ول", "وب", "فب", "فل", "ال", "و", "ف", "ب", "ل", "ك"];
}

internal sealed class GazetteerFile
{
    public string Version { get; set; } = "0";
    public List<StateJson> States { get; set; } = [];
    public List<FunctionJson> Functions { get; set; } = [];
    public List<EntryJson> Entries { get; set; } = [];
}

internal sealed class StateJson
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
    public List<string> AdjAr { get; set; } = [];
    public List<string> GenAr { get; set; } = [];
    public List<string> AdjEn { get; set; } = [];
    public List<string> GenEn { get; set; } = [];
    public List<string> NameEn { get; set; } = [];
}

internal sealed class FunctionJson
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public List<string> Templates { get; set; } = [];
}

internal sealed class EntryJson
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = ActorKinds.Person;
    public string? Country { get; set; }
    public string? CapitalOf { get; set; }
    public bool Official { get; set; }
    public string? Died { get; set; }
    public List<RoleJson> Roles { get; set; } = [];
    public List<string> Aliases { get; set; } = [];
}

internal sealed class RoleJson
{
    public string Title { get; set; } = "";
    public string? Office { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(GazetteerFile))]
internal sealed partial class GazetteerJson : JsonSerializerContext;
