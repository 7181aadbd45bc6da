using Timeline.Lexicon;

namespace Timeline.Extraction.Extraction.Discourse;

/// <summary>
/// "His host", «مضيفه», "her guest": in a visit between the two states, the person of the other state whom the subject
/// visits or receives ("أهدى بوتين مضيفه سيفا", "Lavrov told his host that…").
/// </summary>
internal static class HostReference
{
    /// <summary>
    /// The person meant by the reference at word <paramref name="at"/>: whose host it is, is the last person named before
    /// it in the sentence (else the article's last person); the host is the latest person of the other state named in the
    /// sentence or just before, else that state's head of state on the day. Null when the subject is of neither state, or
    /// when the word is the feminine participle that shares its letters («مضيفة أن», "she added that").
    /// </summary>
    /// <param name="people">People of the sentence with their word positions.</param>
    /// <param name="at">Position of the reference.</param>
    /// <param name="written">The reference as written in the article.</param>
    /// <param name="lastPerson">The last person of the sentences before.</param>
    /// <param name="recent">Persons named most recently in the article, oldest first.</param>
    /// <param name="gazetteer">Offices and their holders.</param>
    /// <param name="day">The day of the event, for the head of state.</param>
    public static Actor? Resolve(IReadOnlyList<(int Token, Actor Actor)> people, int at, string written, Actor? lastPerson, IReadOnlyList<Actor> recent, Gazetteer gazetteer, DateOnly? day)
    {
        if (written.EndsWith('ة'))
        {
            return null;
        }
        var before = people.Where(p => p.Token < at && p.Actor.Kind == ActorKinds.Person).Select(p => p.Actor).ToList();
        var subject = before.LastOrDefault() ?? lastPerson;
        if (Pair.Other(subject?.Country) is not { } other)
        {
            return null;
        }
        var named = before.AsEnumerable().Reverse().Concat(recent.Reverse()).FirstOrDefault(p => p.Country == other);
        return named ?? (day is { } d ? gazetteer.HolderOf($"office:{other}:head_of_state", d) : null);
    }
}
