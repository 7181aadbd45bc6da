using Timeline.Lexicon;

namespace Timeline.Extraction.Extraction.Text;

/// <summary>How a phrase matched at a token.</summary>
/// <param name="Length">Number of tokens matched.</param>
/// <param name="Value">The payload of the phrase.</param>
/// <param name="Future">True when the first word carried the Arabic future prefix س ("سيزور").</param>
public readonly record struct PhraseMatch<T>(int Length, T Value, bool Future);

/// <summary>
/// Finds phrases (sequences of normalised words, each optionally ending in * for any ending) in tokenised text.
/// The first word may carry Arabic proclitics (و ف ب ل ك and their pairs, "لل" for "لـ+ال"); with
/// <c>allowFuture</c> it may also carry the future prefix س.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private static readonly List<PhraseMatch<T>> Empty = [];
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _prefix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Words, T Value)>>.AlternateLookup<ReadOnlySpan<char>> _exactLookup;
    private readonly Dictionary<string, List<(string[] Words, T Value)>>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private int _maxPrefix;

    // Cheap rejection before any dictionary lookup: most words of a sentence start no phrase of a given matcher. A key
    // can only be found when its first two letters, its length and (for a whole word) its last letter are among those
    // of the keys added. The letters are hashed into bit sets, so a set bit only means "maybe".
    private readonly ulong[] _openings = new ulong[OpeningBits / 64];
    private ulong _singleLetters;
    private ulong _exactEnds;
    private ulong _exactLengths;
    private ulong _prefixLengths;
    private const int OpeningBits = 1 << 14;

    /// <summary>An empty matcher; phrases are added with <see cref="Add"/>.</summary>
    public PhraseMatcher()
    {
        _exactLookup = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLookup = _prefix.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Adds a phrase as written (it is normalised here); returns false when it normalises to nothing.</summary>
    public bool Add(string phrase, T value)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var star = phrase.EndsWith('*');
        var words = TextNormalizer.Key(star ? phrase[..^1] : phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }
        if (star)
        {
            words[^1] += "*";
        }
        var first = words[0];
        var table = first.EndsWith('*') ? _prefix : _exact;
        var key = first.TrimEnd('*');
        if (!table.TryGetValue(key, out var list))
        {
            table[key] = list = [];
        }
        list.Add((words, value));
        if (table == _prefix)
        {
            _maxPrefix = Math.Max(_maxPrefix, key.Length);
            _prefixLengths |= LengthBit(key.Length);
        }
        else
        {
            _exactLengths |= LengthBit(key.Length);
            if (key.Length > 0)
            {
                _exactEnds |= LetterBit(key[^1]);
            }
        }
        if (key.Length >= 2)
        {
            var h = Opening(key[0], key[1]);
            _openings[h / 64] |= 1UL << (h % 64);
        }
        else if (key.Length == 1 && table == _exact)
        {
            _singleLetters |= LetterBit(key[0]); // A one-letter prefix key is never looked up (prefixes are read from two letters).
        }
        return true;
    }

    /// <summary>All phrases matching at token <paramref name="at"/>, longest first (a shared empty list when none: do not modify it).</summary>
    public List<PhraseMatch<T>> MatchAt(IReadOnlyList<Token> tokens, int at, bool allowFuture = false)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        List<PhraseMatch<T>>? result = null;
        Scan(tokens, at, allowFuture, ref result);
        if (result is null)
        {
            return Empty;
        }
        SortLongestFirst(result);
        return result;
    }

    /// <summary>
    /// The phrases <see cref="MatchAt"/> finds, in the same order, written into <paramref name="into"/> (cleared first):
    /// a caller scanning every word reuses one list instead of getting a new one per word that matches.
    /// </summary>
    public void MatchInto(IReadOnlyList<Token> tokens, int at, List<PhraseMatch<T>> into, bool allowFuture = false)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(into);
        into.Clear();
        List<PhraseMatch<T>>? result = into;
        Scan(tokens, at, allowFuture, ref result);
        SortLongestFirst(into);
    }

    /// <summary>True when some phrase matches at token <paramref name="at"/>.</summary>
    public bool HasMatchAt(IReadOnlyList<Token> tokens, int at)
    {
        var scratch = Scratch;
        MatchInto(tokens, at, scratch);
        var any = scratch.Count > 0;
        scratch.Clear();
        return any;
    }

    // One list per thread for the answers that are read at once and not kept (Longest, HasMatchAt).
    [ThreadStatic]
    private static List<PhraseMatch<T>>? _scratch;

    private static List<PhraseMatch<T>> Scratch => _scratch ??= [];

    private static void SortLongestFirst(List<PhraseMatch<T>> result)
    {
        if (result.Count > 1)
        {
            result.Sort((a, b) => b.Length.CompareTo(a.Length));
        }
    }

    /// <summary>Every phrase matching at the token, in the order the word's variants are tried, added to <paramref name="result"/>.</summary>
    private void Scan(IReadOnlyList<Token> tokens, int at, bool allowFuture, ref List<PhraseMatch<T>>? result)
    {
        var word = tokens[at].Norm.AsSpan();
        Collect(tokens, at, word, false, ref result);
        if (tokens[at].IsArabic && word.Length >= 3)
        {
            // Proclitics: و ف ب ل ك, and و/ف + ب/ل/ك; "لل" stands for ل + ال.
            Span<char> buffer = stackalloc char[Math.Min(word.Length + 1, 64)];
            var c0 = word[0];
            if (c0 is 'و' or 'ف' or 'ب' or 'ل' or 'ك')
            {
                var rest = word[1..];
                CollectVariant(tokens, at, rest, allowFuture, ref result);
                if (c0 == 'ل' && rest.Length >= 3 && rest[0] == 'ل' && rest.Length < buffer.Length)
                {
                    buffer[0] = 'ا';
                    rest.CopyTo(buffer[1..]);
                    Collect(tokens, at, buffer[..(rest.Length + 1)], false, ref result);
                }
                if (c0 is 'و' or 'ف' && rest.Length >= 3 && rest[0] is 'ب' or 'ل' or 'ك')
                {
                    var rest2 = rest[1..];
                    CollectVariant(tokens, at, rest2, allowFuture, ref result);
                    if (rest[0] == 'ل' && rest2.Length >= 3 && rest2[0] == 'ل' && rest2.Length < buffer.Length)
                    {
                        buffer[0] = 'ا';
                        rest2.CopyTo(buffer[1..]);
                        Collect(tokens, at, buffer[..(rest2.Length + 1)], false, ref result);
                    }
                }
            }
            if (allowFuture && word.Length >= 4 && word[0] == 'س')
            {
                Collect(tokens, at, word[1..], true, ref result);
            }
            // The article: "الجنود" is "جنود", "المعاهدة" is "معاهدة", when only the bare form is listed.
            if (word.Length >= 5 && word[0] == 'ا' && word[1] == 'ل')
            {
                Collect(tokens, at, word[2..], false, ref result);
            }
        }
    }

    private void CollectVariant(IReadOnlyList<Token> tokens, int at, ReadOnlySpan<char> word, bool allowFuture, ref List<PhraseMatch<T>>? result)
    {
        if (word.Length < 2)
        {
            return;
        }
        Collect(tokens, at, word, false, ref result);
        if (allowFuture && word.Length >= 4 && word[0] == 'س')
        {
            Collect(tokens, at, word[1..], true, ref result);
        }
    }

    /// <summary>The longest phrase at token <paramref name="at"/>, if any.</summary>
    public PhraseMatch<T>? Longest(IReadOnlyList<Token> tokens, int at)
    {
        var scratch = Scratch;
        MatchInto(tokens, at, scratch);
        PhraseMatch<T>? longest = scratch.Count == 0 ? null : scratch[0];
        scratch.Clear();
        return longest;
    }

    /// <summary>True when any phrase starts at a token in [from, to] (clamped); used for cue windows.</summary>
    public bool AnyIn(IReadOnlyList<Token> tokens, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var i = Math.Max(0, from); i <= Math.Min(tokens.Count - 1, to); i++)
        {
            if (HasMatchAt(tokens, i))
            {
                return true;
            }
        }
        return false;
    }

    private void Collect(IReadOnlyList<Token> tokens, int at, ReadOnlySpan<char> first, bool future, ref List<PhraseMatch<T>>? result)
    {
        if (first.Length == 0)
        {
            return; // No key is empty.
        }
        if (first.Length == 1)
        {
            if ((_singleLetters & LetterBit(first[0])) != 0 && _exactLookup.TryGetValue(first, out var single))
            {
                AddMatches(tokens, at, single, future, ref result);
            }
            return; // Prefixes are at least two letters long.
        }
        var h = Opening(first[0], first[1]);
        if ((_openings[h / 64] & (1UL << (h % 64))) == 0)
        {
            return; // No key of two letters or more opens with these two.
        }
        if ((_exactLengths & LengthBit(first.Length)) != 0 && (_exactEnds & LetterBit(first[^1])) != 0 && _exactLookup.TryGetValue(first, out var exact))
        {
            AddMatches(tokens, at, exact, future, ref result);
        }
        if (_prefixLengths == 0)
        {
            return;
        }
        for (var len = Math.Min(first.Length, _maxPrefix); len >= 2; len--)
        {
            if ((_prefixLengths & LengthBit(len)) != 0 && _prefixLookup.TryGetValue(first[..len], out var pre))
            {
                AddMatches(tokens, at, pre, future, ref result);
            }
        }
    }

    /// <summary>A bit for a letter, shared by letters 64 apart (Arabic letters get one each).</summary>
    private static ulong LetterBit(char c) => 1UL << (c % 64);

    /// <summary>The two opening letters of a key, hashed to a bit of <see cref="_openings"/>.</summary>
    private static int Opening(char first, char second) => ((first << 7) ^ second) & (OpeningBits - 1);

    /// <summary>The bit standing for keys of <paramref name="length"/> letters; lengths of 63 and more share the last bit.</summary>
    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    private static void AddMatches(IReadOnlyList<Token> tokens, int at, List<(string[] Words, T Value)> phrases, bool future, ref List<PhraseMatch<T>>? result)
    {
        foreach (var (words, value) in phrases)
        {
            if (at + words.Length > tokens.Count)
            {
                continue;
            }
            var ok = true;
            for (var k = 1; k < words.Length && ok; k++)
            {
                ok = WordMatches(words[k], tokens[at + k].Norm);
            }
            if (ok)
            {
                (result ??= []).Add(new PhraseMatch<T>(words.Length, value, future));
            }
        }
    }

    private static bool WordMatches(string pattern, string word) =>
        pattern.EndsWith('*') ? word.AsSpan().StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.Ordinal) : pattern == word;
}

/// <summary>Arabic proclitics on the first word of a name or trigger.</summary>
public static class Clitics
{
    /// <summary>Variants of an Arabic word without its proclitics ("ولافروف" → "لافروف", "للرئيس" → "الرئيس").</summary>
    public static IEnumerable<string> Strip(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3)
        {
            yield break;
        }
        var c0 = word[0];
        if (c0 is 'و' or 'ف' or 'ب' or 'ل' or 'ك')
        {
            var rest = word[1..];
            if (rest.Length >= 2)
            {
                yield return rest;
            }
            if (c0 == 'ل' && rest.Length >= 3 && rest[0] == 'ل')
            {
                yield return "ا" + rest;
            }
            if (c0 is 'و' or 'ف' && rest.Length >= 3 && rest[0] is 'ب' or 'ل' or 'ك')
            {
                var rest2 = rest[1..];
                yield return rest2;
                if (rest[0] == 'ل' && rest2.Length >= 3 && rest2[0] == 'ل')
                {
                    yield return "ا" + rest2;
                }
            }
        }
    }

}
