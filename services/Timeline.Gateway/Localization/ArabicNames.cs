using Timeline.Lexicon;

namespace Timeline.Gateway.Localization;

/// <summary>Arabic names of gazetteer entries (people, states, offices, organisations, places), taken from their Arabic aliases.</summary>
public sealed class ArabicNames(Gazetteer gazetteer)
{
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
    public string? OfId(string actorId) => gazetteer.ById(actorId) is { } entry ? Choose(entry) : null;

    /// <summary>The Arabic name of a place (or any entry) given by its English name, e.g. "Pyongyang" → "بيونغ يانغ"; null when unknown.</summary>
    public string? OfName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        return gazetteer.Find(name) is { } entry ? Choose(entry) : null;
    }

    /// <summary>True when the text holds Arabic letters.</summary>
    internal static bool IsArabic(string text) => text.Any(c => c is >= '\u0600' and <= '\u06FF');
}
