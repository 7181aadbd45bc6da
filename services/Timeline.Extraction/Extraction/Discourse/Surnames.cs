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

    // Most words of a sentence are no family name learnt: the lengths and the first and last letters of the names, kept as
    // bits, turn them away before any dictionary lookup (a set bit only means "maybe").
    private ulong _lengths;
    private ulong _firstLetters;
    private ulong _lastLetters;

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
            _lengths |= LengthBit(surname.Length);
            _firstLetters |= LetterBit(surname[0]);
            _lastLetters |= LetterBit(surname[^1]);
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
            if (covered[k] || !MayBeKnown(tokens[k].Norm) || !_byName.TryGetValue(tokens[k].Norm, out var person) || person is null
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

    private bool MayBeKnown(string word) =>
        word.Length > 0 && (_lengths & LengthBit(word.Length)) != 0 && (_firstLetters & LetterBit(word[0])) != 0 && (_lastLetters & LetterBit(word[^1])) != 0;

    /// <summary>A bit for a length; lengths of 63 and more share the last one.</summary>
    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>A bit for a letter, shared by letters 64 apart.</summary>
    private static ulong LetterBit(char c) => 1UL << (c % 64);
}
