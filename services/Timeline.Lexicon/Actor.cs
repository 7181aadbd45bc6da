namespace Timeline.Lexicon;

/// <summary>Kinds of gazetteer entries.</summary>
public static class ActorKinds
{
    /// <summary>A named person.</summary>
    public const string Person = "person";
    /// <summary>A sovereign state.</summary>
    public const string State = "state";
    /// <summary>An office of a state ("the Russian foreign minister"), resolved to its holder at a date.</summary>
    public const string Office = "office";
    /// <summary>An institution, alliance or group ("the Kremlin", "the White House", "the West").</summary>
    public const string Organisation = "organisation";
    /// <summary>A place (city, region, site); capitals also stand for their state.</summary>
    public const string Place = "place";
    /// <summary>A news outlet or agency: a source of reports, never a participant.</summary>
    public const string Media = "media";
}

/// <summary>A dated role: a person held an office (or title) from one day to another (open-ended when null).</summary>
/// <param name="Title">English title, e.g. "Minister of Defence of Russia".</param>
/// <param name="From">First day in the role, when known.</param>
/// <param name="To">Last day in the role, or null while still held.</param>
/// <param name="Office">Id of the office entry this role fills (e.g. "office:RU:defence_minister"), if any.</param>
public sealed record ActorRole(string Title, DateOnly? From, DateOnly? To, string? Office = null)
{
    /// <summary>True when the role was held on <paramref name="date"/>.</summary>
    public bool HeldOn(DateOnly date) => (From is null || From <= date) && (To is null || date <= To);
}

/// <summary>One gazetteer entry: a person, state, office, organisation, place or outlet.</summary>
public sealed record Actor
{
    /// <summary>Stable id: the Wikidata QID where one is recorded, ISO alpha-2 for states, "office:CC:function" for offices, else "tl:slug".</summary>
    public required string Id { get; init; }

    /// <summary>Canonical English name.</summary>
    public required string Name { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of the actor's state; null for groups such as "the West" or the UN.</summary>
    public string? Country { get; init; }

    /// <summary>One of <see cref="ActorKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Dated roles (people), oldest first.</summary>
    public IReadOnlyList<ActorRole> Roles { get; init; } = [];

    /// <summary>Spellings that name the actor, Arabic and English, as written (matching normalises them).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>For offices: the function shared by equivalent offices of other states ("foreign_minister"), for counterpart resolution.</summary>
    public string? Function { get; init; }

    /// <summary>For places that are capitals: the state they stand for ("Moscow said…").</summary>
    public string? CapitalOf { get; init; }

    /// <summary>
    /// True for a state outlet whose own words are its government's (KCNA, Rodong Sinmun): what it says or calls something
    /// is a statement, while other outlets only carry the news of others.
    /// </summary>
    public bool Official { get; init; }

    /// <summary>Day of death of a person, so they are never made a participant of a later event.</summary>
    public DateOnly? Died { get; init; }

    /// <summary>True when the person holds some role on <paramref name="date"/> (or has no roles recorded) and was alive.</summary>
    public bool ActiveOn(DateOnly date)
    {
        if (Died is { } died && date > died)
        {
            return false;
        }
        if (Roles.Count == 0)
        {
            return true;
        }
        // A loop, not Any: this is asked for every name of every sentence, and a lambda would allocate each time.
        for (var i = 0; i < Roles.Count; i++)
        {
            if (Roles[i].HeldOn(date))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The role held on <paramref name="date"/>, if any (the most recent one when several).</summary>
    public ActorRole? RoleOn(DateOnly date) => Roles.LastOrDefault(r => r.HeldOn(date));
}
