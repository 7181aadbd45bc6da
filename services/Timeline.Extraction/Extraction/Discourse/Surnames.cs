using Timeline.Extraction.Extraction.Actors;
using Timeline.Extraction.Extraction.Text;
using Timeline.Lexicon;

namespace Timeline.Extraction.Extraction.Discourse;

/// <summary>
/// Once an article names a person in full, it goes on with the family name alone ("Yun Jong-ho … Yun said", «تشوي سون
/// هي … وقالت تشوي»): Korean names lead with it, Russian and Western ones end with it. A family name two people of the
/// article share names neither.
/// </summary>
internal sealed class Surnames
{
    private readonly Dictionary<string, Actor?> _byName = new(StringComparer.Ordinal);

    // Most words of a sentence are no family name learnt: turned away by their shape before any lookup.
    private readonly WordShapes _shapes = new([]);

    /// <summary>Learns the family names of the people named in full in a sentence.</summary>
    public void Learn(IReadOnlyList<Token> tokens, List<ActorMention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Last == m.First || m.Actor.Kind != ActorKinds.Person)
            {
                continue;
            }
            var korean = m.Actor.Country is "KP" or "KR";
            var surname = tokens[korean ? m.First : m.Last].Norm;
            if (surname.Length < 2 || (tokens[m.First].IsArabic && surname.Length < 3))
            {
                continue;
            }
            _byName[surname] = _byName.TryGetValue(surname, out var known) && known is not null && known != m.Actor ? null : m.Actor;
            _shapes.Add(surname);
        }
    }

    /// <summary>
    /// The sentence's mentions with a family name learnt before added where no name was found; capitalised in English, so
    /// that "Lee" is a person and "lee" is not.
    /// </summary>
    public List<ActorMention> Add(string text, IReadOnlyList<Token> tokens, List<ActorMention> mentions, bool[] covered)
    {
        if (_byName.Count == 0)
        {
            return mentions;
        }
        List<ActorMention>? added = null;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (covered[k] || !_shapes.MayHold(tokens[k].Norm) || !_byName.TryGetValue(tokens[k].Norm, out var person) || person is null
                || !tokens[k].IsArabic && !char.IsUpper(text[tokens[k].Start]))
            {
                continue;
            }
            added ??= [.. mentions];
            added.Add(new ActorMention(k, k, [person], false));
            covered[k] = true;
        }
        if (added is null)
        {
            return mentions;
        }
        added.Sort((a, b) => a.First.CompareTo(b.First));
        return added;
    }
}
