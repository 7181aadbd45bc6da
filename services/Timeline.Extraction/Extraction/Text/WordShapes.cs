namespace Timeline.Extraction.Extraction.Text;

/// <summary>
/// The lengths and the first and last letters of a set of words, kept as bits: most words of a sentence are turned away
/// by their shape before the set is asked (and the word hashed). A set bit only means "maybe".
/// </summary>
internal sealed class WordShapes
{
    private ulong _lengths;
    private ulong _firstLetters;
    private ulong _lastLetters;

    /// <summary>The shapes of <paramref name="words"/>.</summary>
    public WordShapes(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            Add(word);
        }
    }

    /// <summary>Adds the shape of a word.</summary>
    public void Add(string word)
    {
        if (word.Length == 0)
        {
            return;
        }
        _lengths |= LengthBit(word.Length);
        _firstLetters |= LetterBit(word[0]);
        _lastLetters |= LetterBit(word[^1]);
    }

    /// <summary>False when no word of the set has this length, first letter and last letter.</summary>
    public bool MayHold(ReadOnlySpan<char> word) =>
        word.Length > 0 && (_lengths & LengthBit(word.Length)) != 0 && (_firstLetters & LetterBit(word[0])) != 0 && (_lastLetters & LetterBit(word[^1])) != 0;

    /// <summary>A bit for a length; lengths of 63 and more share the last one.</summary>
    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>A bit for a letter, shared by letters 64 apart (the Arabic letters get one each).</summary>
    private static ulong LetterBit(char c) => 1UL << (c % 64);
}
