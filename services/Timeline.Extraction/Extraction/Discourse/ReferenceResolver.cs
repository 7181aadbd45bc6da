using Timeline.Extraction.Extraction.Actors;
using Timeline.Extraction.Extraction.Predicates;
using Timeline.Extraction.Extraction.Text;
using Timeline.Lexicon;
using static Timeline.Extraction.Extraction.Pair;

namespace Timeline.Extraction.Extraction.Discourse;

/// <summary>
/// Who references stand for: "the two leaders" and «الزعيمان» (both heads of state), "the two countries", "his
/// counterpart" (the same office in the other state), "the two ministers" and "the latter" (people named before).
/// </summary>
internal sealed class ReferenceResolver
{
    private readonly Gazetteer _gazetteer;
    private readonly IReadOnlySet<string> _leaderMarkers;

    /// <summary>Resolves references to the offices and holders of <paramref name="gazetteer"/>; "led", «برئاسة» name a delegation's leader.</summary>
    public ReferenceResolver(Gazetteer gazetteer, IReadOnlySet<string> leaderMarkers)
    {
        _gazetteer = gazetteer;
        _leaderMarkers = leaderMarkers;
    }

    /// <summary>"The two leaders", "the two countries", "his counterpart", "the latter".</summary>
    public void AddReferences(Candidate c, IReadOnlyList<Token> t, CueSet[] cues, TriggerHit hit, List<ActorMention> mentions, List<(int Token, Actor Actor)> people, DateOnly? at, DocumentState doc)
    {
        for (var k = 0; k < t.Count; k++)
        {
            if ((cues[k] & Referring) == 0)
            {
                continue; // Most words refer to nobody: nothing below applies to them.
            }
            if ((cues[k] & CueSet.Delegation) != 0 && doc.LastVisitor is { } visitor && !NamesItsLeader(t, k, hit, mentions) && !(t[k].Aside && !t[hit.First].Aside))
            {
                // "The delegation later met Kim": whoever led the visit told before, not the state «الوفد الروسي» names.
                RemoveVisitorState(people, k, visitor);
                people.Add((k, visitor));
                continue;
            }
            if (c.Sentence.Covered[k] || (t[k].Aside && !t[hit.First].Aside))
            {
                continue;
            }
            if ((cues[k] & CueSet.BothLeaders) != 0)
            {
                // "the Russian and North Korean leaders": the states the words name are the leaders', not parties of their own.
                people.RemoveAll(p => p.Token > k && p.Token <= k + 5 && p.Actor.Kind == ActorKinds.State && p.Actor.Id is Russia or NorthKorea);
                foreach (var country in new[] { Russia, NorthKorea })
                {
                    var office = $"office:{country}:head_of_state";
                    var holder = at is { } d ? _gazetteer.HolderOf(office, d) : null;
                    if ((holder ?? _gazetteer.ById(office)) is { } a)
                    {
                        people.Add((k, a));
                    }
                }
            }
            else if ((cues[k] & CueSet.BothStates) != 0)
            {
                people.Add((k, _gazetteer.ById(Russia)!));
                people.Add((k, _gazetteer.ById(NorthKorea)!));
            }
            else if ((cues[k] & CueSet.Counterpart) != 0)
            {
                // A name right after is the counterpart itself; otherwise: the same office in the other state.
                var next = MentionStartingIn(mentions, k + 1, k + 3);
                if (next is not null && next.Actor.Kind == ActorKinds.Person)
                {
                    continue;
                }
                var speaker = LastPersonBefore(people, k);
                var function = speaker is not null && at is { } d ? _gazetteer.ById(speaker.RoleOn(d)?.Office ?? "")?.Function : null;
                var otherState = next is not null && next.Actor.Kind == ActorKinds.State ? next.Actor.Id
                    : Other(speaker?.Country);
                if (function is not null && otherState is not null && at is { } d2 && _gazetteer.OfficeOf(otherState, function) is { } office)
                {
                    people.Add((k, _gazetteer.HolderOf(office.Id, d2) ?? office));
                }
            }
            else if ((cues[k] & CueSet.Pair) != 0)
            {
                // "the two ministers": the last two people named, in this sentence or the ones before.
                var named = LastTwoPersonsBefore(people, k);
                foreach (var person in doc.RecentPersons.Where(p => !named.Contains(p)).Reverse())
                {
                    if (named.Count < 2)
                    {
                        named.Insert(0, person);
                    }
                }
                foreach (var person in named)
                {
                    people.Add((k, person));
                }
            }
            else if ((cues[k] & CueSet.Host) != 0 && HostReference.Resolve(people, k, c.Sentence.Text[(t[k].Start - c.Sentence.Start)..(t[k].End - c.Sentence.Start)], doc.LastPerson, doc.RecentPersons, _gazetteer, at) is { } host)
            {
                people.Add((k, host));
            }
            else if ((cues[k] & CueSet.Latter) != 0 && !(t[k].IsArabic && k > 0 && NounBefore(t[k - 1].Norm)))
            {
                var before = LastPersonBefore(people, k) ?? doc.LastPerson;
                if (before is not null)
                {
                    people.Add((k, before));
                }
            }
        }
        people.Sort((a, b) => a.Token.CompareTo(b.Token));
    }

    /// <summary>
    /// «في الفترة الأخيرة», «زيارتها الأخيرة»: after a noun (definite, or ending in «ة» or a possessive), «الأخير» is the
    /// adjective "last", not "the latter". Words are normalised: «ة» reads «ه».
    /// </summary>
    private static bool NounBefore(string word) =>
        word.StartsWith("ال", StringComparison.Ordinal) || WordForms.EndsLikePossessedNoun(word);

    /// <summary>The cues this resolver reads a reference from.</summary>
    private const CueSet Referring = CueSet.Delegation | CueSet.BothLeaders | CueSet.BothStates | CueSet.Counterpart | CueSet.Pair | CueSet.Host | CueSet.Latter;

    /// <summary>«الوفد الروسي»: the visitor's state named within the delegation's words gives way to the visitor.</summary>
    private static void RemoveVisitorState(List<(int Token, Actor Actor)> people, int k, Actor visitor)
    {
        for (var j = people.Count - 1; j >= 0; j--)
        {
            var p = people[j];
            if (p.Token >= k && p.Token <= k + 2 && p.Actor.Kind == ActorKinds.State && p.Actor.Id == visitor.Country)
            {
                people.RemoveAt(j);
            }
        }
    }

    /// <summary>The first mention starting at a word in [from, to].</summary>
    private static ActorMention? MentionStartingIn(List<ActorMention> mentions, int from, int to)
    {
        foreach (var m in mentions)
        {
            if (m.First >= from && m.First <= to)
            {
                return m;
            }
        }
        return null;
    }

    /// <summary>The last person among the people before word <paramref name="k"/>.</summary>
    private static Actor? LastPersonBefore(List<(int Token, Actor Actor)> people, int k)
    {
        Actor? last = null;
        foreach (var p in people)
        {
            if (p.Token < k && p.Actor.Kind == ActorKinds.Person)
            {
                last = p.Actor;
            }
        }
        return last;
    }

    /// <summary>The last two distinct persons among the people before word <paramref name="k"/>, oldest first.</summary>
    private static List<Actor> LastTwoPersonsBefore(List<(int Token, Actor Actor)> people, int k) =>
        people.Where(p => p.Token < k && p.Actor.Kind == ActorKinds.Person).Select(p => p.Actor).Distinct().TakeLast(2).ToList();

    /// <summary>
    /// "The delegation, led by X, met …", "received the delegation headed by X": a person named next leads it. After the
    /// verb, only a person introduced as its leader does: in «وشكر الضيف بوتين» Putin is the one thanked.
    /// </summary>
    private bool NamesItsLeader(IReadOnlyList<Token> t, int k, TriggerHit hit, List<ActorMention> mentions) =>
        mentions.Any(m => m.Actor.Kind == ActorKinds.Person && m.First > k
            && (k < hit.First ? m.First < hit.First : m.First <= k + 4 && Enumerable.Range(k + 1, m.First - k - 1).Any(j => _leaderMarkers.Contains(t[j].Norm))));
}
