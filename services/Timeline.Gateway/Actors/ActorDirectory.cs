using Timeline.Gateway.Localization;
using Timeline.Lexicon;

namespace Timeline.Gateway.Actors;

/// <summary>An actor as the API shows it.</summary>
/// <param name="Id">Gazetteer id.</param>
/// <param name="Name">Canonical English name.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the actor's state, when known.</param>
/// <param name="Roles">Offices or kinds, e.g. "president", "foreign minister", "state".</param>
/// <param name="Aliases">Names the actor goes by, by language.</param>
/// <param name="NameAr">Arabic name, e.g. "سيرغي لافروف"; null when the gazetteer has no Arabic alias.</param>
public sealed record ActorView(string Id, string Name, string? Country, IReadOnlyList<string> Roles, ActorAliases Aliases, string? NameAr);

/// <summary>Aliases of an actor in English and Arabic.</summary>
/// <param name="En">English names.</param>
/// <param name="Ar">Arabic names.</param>
public sealed record ActorAliases(IReadOnlyList<string> En, IReadOnlyList<string> Ar);

/// <summary>Resolves an actor id or any alias (Arabic or English, spelling variants folded) to a gazetteer actor.</summary>
public sealed class ActorDirectory
{
    private readonly Gazetteer _gazetteer;
    private readonly Dictionary<string, ActorView> _byId;

    /// <summary>Builds the directory over the participants of <paramref name="gazetteer"/> (people, states, offices, organisations).</summary>
    public ActorDirectory(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        All = [.. gazetteer.Actors.Where(IsParticipant).Select(ToView).OrderBy(a => a.Name, StringComparer.Ordinal)];
        _byId = All.ToDictionary(a => a.Id, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every actor that can take part in an event, by name.</summary>
    public IReadOnlyList<ActorView> All { get; }

    /// <summary>The actor with this id or alias, or null; a capital stands for its state ("Moscow" is Russia), outlets are never actors.</summary>
    public ActorView? Resolve(string idOrAlias)
    {
        if (string.IsNullOrWhiteSpace(idOrAlias))
        {
            return null;
        }
        var found = _gazetteer.Find(idOrAlias);
        if (found is { Kind: ActorKinds.Place, CapitalOf: { } state })
        {
            found = _gazetteer.ById(state);
        }
        return found is null ? null : _byId.GetValueOrDefault(found.Id);
    }

    private static bool IsParticipant(Actor actor) =>
        actor.Kind is ActorKinds.Person or ActorKinds.State or ActorKinds.Office or ActorKinds.Organisation;

    private static ActorView ToView(Actor actor)
    {
        var roles = actor.Roles.Count > 0 ? actor.Roles.Select(r => r.Title).Distinct(StringComparer.Ordinal).ToList() : [actor.Kind];
        var arabic = actor.Aliases.Where(ArabicNames.IsArabic).Distinct(StringComparer.Ordinal).ToList();
        var english = actor.Aliases.Where(a => !ArabicNames.IsArabic(a)).Distinct(StringComparer.Ordinal).ToList();
        return new ActorView(actor.Id, actor.Name, actor.Country, roles, new ActorAliases(english, arabic), ArabicNames.Choose(actor));
    }
}
