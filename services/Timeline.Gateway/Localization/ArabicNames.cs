using Timeline.Lexicon;

namespace Timeline.Gateway.Localization;

/// <summary>Arabic names of gazetteer entries (people, states, offices, organisations, places), taken from their Arabic aliases.</summary>
public sealed class ArabicNames
{
    private readonly Gazetteer _gazetteer;
    private readonly Dictionary<string, string> _byId;

    /// <summary>Picks one Arabic name for every entry of <paramref name="gazetteer"/> that has an Arabic alias.</summary>
    public ArabicNames(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        _byId = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var actor in gazetteer.Actors)
        {
            if (Choose(actor) is { } name)
            {
                _byId.TryAdd(actor.Id, name);
            }
        }
    }

    /// <summary>
    /// The Arabic name of an entry: its first Arabic alias, except that a person is named by the first alias with a given name
    /// ("فلاديمير بوتين" rather than "بوتين"), as the English name is the full name. Null when the entry has no Arabic alias.
    /// </summary>
    public static string? Choose(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var arabic = actor.Aliases.Where(IsArabic).ToList();
        if (arabic.Count == 0)
        {
            return null;
        }
        return actor.Kind == ActorKinds.Person ? arabic.FirstOrDefault(a => a.Contains(' ', StringComparison.Ordinal)) ?? arabic[0] : arabic[0];
    }

    /// <summary>The Arabic name of the entry with this id, or null.</summary>
    public string? OfId(string actorId) => _byId.GetValueOrDefault(actorId);

    /// <summary>The Arabic name of a place (or any entry) given by its English name, e.g. "Pyongyang" → "بيونغ يانغ"; null when unknown.</summary>
    public string? OfName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        return _gazetteer.Find(name) is { } entry ? OfId(entry.Id) : null;
    }

    /// <summary>True when the text holds Arabic letters.</summary>
    internal static bool IsArabic(string text) => text.Any(c => c is >= '\u0600' and <= '\u06FF');
}
