using Timeline.Lexicon;

namespace Timeline.Gateway.Actors;

/// <summary>An actor as the API shows it.</summary>
/// <param name="Id">Gazetteer id.</param>
/// <param name="Name">Canonical English name.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the actor's state, when known.</param>
/// <param name="Roles">Offices or kinds, e.g. "president", "foreign minister", "state".</param>
/// <param name="Aliases">Names the actor goes by, by language.</param>
public sealed record ActorView(string Id, string Name, string? Country, IReadOnlyList<string> Roles, ActorAliases Aliases);

/// <summary>Aliases of an actor in English and Arabic.</summary>
/// <param name="En">English names.</param>
/// <param name="Ar">Arabic names.</param>
public sealed record ActorAliases(IReadOnlyList<string> En, IReadOnlyList<string> Ar);

/// <summary>Resolves an actor id or any alias (Arabic or English, spelling variants folded) to the actor.</summary>
public sealed class ActorDirectory
{
    private readonly Dictionary<string, ActorView> _byKey = new(StringComparer.Ordinal);

    /// <summary>Builds the directory over <paramref name="actors"/>.</summary>
    public ActorDirectory(IEnumerable<ActorView> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        All = [.. actors.OrderBy(a => a.Name, StringComparer.Ordinal)];
        foreach (var actor in All)
        {
            _byKey[Key(actor.Id)] = actor;
        }
        foreach (var actor in All)
        {
            foreach (var alias in actor.Aliases.En.Concat(actor.Aliases.Ar).Append(actor.Name))
            {
                _byKey.TryAdd(Key(alias), actor);
            }
        }
    }

    /// <summary>Every actor, by name.</summary>
    public IReadOnlyList<ActorView> All { get; }

    /// <summary>The actor with this id or alias, or null.</summary>
    public ActorView? Resolve(string idOrAlias) =>
        string.IsNullOrWhiteSpace(idOrAlias) ? null : _byKey.GetValueOrDefault(Key(idOrAlias));

    private static string Key(string text) => TextNormalizer.Normalize(text.Trim());
}
