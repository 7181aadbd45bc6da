using Timeline.Extraction.Extraction.Text;
using Timeline.Lexicon;

namespace Timeline.Extraction.Extraction.Actors;

/// <summary>
/// Spellings of Korean and Russian names differ from outlet to outlet: «آن غيو باك» and «آن جيو بيك», «كيم جونغ أون» and
/// «كيم جونغ وون»; "Kang Sun-nam" and "Kang Son Nam", "Pak Thae Song" and "Park Tae-song", "Sergey" and "Sergei". A
/// person's full name of two to four words also matches by its consonants, with vowels left out and letters that render
/// the same sound taken as one, when no other person's name has the same consonants.
/// </summary>
internal sealed class SpellingVariants
{
    private const int MaxWords = 4;
    private const int MaxKey = 64;

    // Names by their consonants, and the leading words of each name too, naming nobody (null, as for a name two people
    // share): reading on past a word stops as soon as no name starts with the words read.
    private readonly Dictionary<string, Actor?>.AlternateLookup<ReadOnlySpan<char>> _names;

    // Every word of every sentence is asked whether it opens a name; most do not. The first and last consonants of the
    // names' first words, hashed into a bit set, turn half the words away before their consonants are written out and
    // looked up (a set bit only means "maybe").
    private readonly ulong[] _openings = new ulong[OpeningBits / 64];
    private const int OpeningBits = 1 << 12;

    /// <summary>Reads the full names of the gazetteer's people, in Arabic and in Latin letters.</summary>
    public SpellingVariants(Gazetteer gazetteer)
    {
        var names = new Dictionary<string, Actor?>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[MaxKey];
        foreach (var actor in gazetteer.Actors.Where(a => a.Kind == ActorKinds.Person))
        {
            foreach (var alias in actor.Aliases)
            {
                var words = TextNormalizer.Key(alias).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length is < 2 or > MaxWords || words[0].Length == 0 || !(IsArabicLetter(words[0][0]) || char.IsAsciiLetterLower(words[0][0])))
                {
                    continue;
                }
                if (Arguments.Appositions.IsTitleHead(words[0]) || words.Any(w => w.Length == 0 || IsArabicLetter(w[0]) != IsArabicLetter(words[0][0])))
                {
                    continue; // «رئيس الدوما» is a title, not a name: its consonants are those of «روسيا الدائم».
                }
                var length = 0;
                var letters = 0;
                foreach (var word in words)
                {
                    var n = Skeleton(word, buffer[(length + (length > 0 ? 1 : 0))..]);
                    if (n <= 0)
                    {
                        length = -1;
                        break;
                    }
                    if (length > 0)
                    {
                        buffer[length++] = ' ';
                    }
                    length += n;
                    letters += n;
                }
                if (length <= 0 || letters < 4)
                {
                    continue; // Too few consonants to tell a name from ordinary words.
                }
                var key = new string(buffer[..length]);
                // Two people with the same consonants: the variant could be either, so it names neither.
                names[key] = names.TryGetValue(key, out var known) && known != actor ? null : actor;
                var firstWord = key[..key.IndexOf(' ', StringComparison.Ordinal)];
                if (IsArabicLetter(firstWord[0]))
                {
                    var h = Opening(firstWord[0], firstWord[^1]);
                    _openings[h / 64] |= 1UL << (h % 64);
                }
            }
        }
        var withLeadingWords = new Dictionary<string, Actor?>(names, StringComparer.Ordinal);
        foreach (var key in names.Keys)
        {
            for (var space = key.IndexOf(' ', StringComparison.Ordinal); space > 0; space = key.IndexOf(' ', space + 1))
            {
                withLeadingWords.TryAdd(key[..space], null);
            }
        }
        _names = withLeadingWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The person whose full name is spelt differently at word <paramref name="at"/> of <paramref name="text"/>, and how many
    /// words it takes. A name in Latin letters must open with a capital ("Kang Son Nam", not "king's son name").
    /// </summary>
    public (Actor Actor, int Length)? MatchAt(string text, IReadOnlyList<Token> tokens, int at)
    {
        var token = tokens[at];
        var arabic = token.IsArabic;
        // Latin words are few in an Arabic story and their skeleton is written below anyway: only Arabic ones are screened first.
        if (!(arabic ? MayOpenName(token.Norm) : char.IsAsciiLetterLower(token.Norm[0]) && char.IsUpper(text[token.Start])))
        {
            return null;
        }
        Span<char> key = stackalloc char[MaxKey];
        var length = Skeleton(token.Norm, key);
        if (length <= 0 || !_names.ContainsKey(key[..length]))
        {
            return null;
        }
        (Actor Actor, int Length)? best = null;
        for (var k = at + 1; k < tokens.Count && k < at + MaxWords && tokens[k].IsArabic == arabic && tokens[k].Clause == token.Clause; k++)
        {
            if (length + 1 >= MaxKey)
            {
                break;
            }
            var n = Skeleton(tokens[k].Norm, key[(length + 1)..]);
            if (n <= 0)
            {
                break;
            }
            key[length] = ' ';
            length += n + 1;
            if (!_names.TryGetValue(key[..length], out var actor))
            {
                break; // No name starts with these words.
            }
            if (actor is not null)
            {
                best = (actor, k - at + 1);
            }
        }
        return best;
    }

    /// <summary>
    /// True when the word's first and last consonants are those of a name's first word (a word without consonants opens
    /// none either).
    /// </summary>
    private bool MayOpenName(string word)
    {
        var first = 0;
        while (first < word.Length && Consonant(word[first]) == '\0')
        {
            first++;
        }
        if (first == word.Length)
        {
            return false;
        }
        var last = word.Length - 1;
        while (Consonant(word[last]) == '\0')
        {
            last--;
        }
        var h = Opening(Consonant(word[first]), Consonant(word[last]));
        return (_openings[h / 64] & (1UL << (h % 64))) != 0;
    }

    /// <summary>A first and a last consonant, hashed to a bit of <see cref="_openings"/>.</summary>
    private static int Opening(char first, char last) => ((first << 6) ^ last) & (OpeningBits - 1);

    /// <summary>
    /// Writes the consonants of a normalised word (see <see cref="Consonant"/>). Returns the length, or -1 when it does
    /// not fit.
    /// </summary>
    private static int Skeleton(string word, Span<char> into)
    {
        if (word.Length > 0 && !IsArabicLetter(word[0]))
        {
            return LatinSkeleton(word, into);
        }
        var n = 0;
        foreach (var c in word)
        {
            var folded = Consonant(c);
            if (folded == '\0')
            {
                continue;
            }
            if (n >= into.Length)
            {
                return -1;
            }
            into[n++] = folded;
        }
        return NasalEnding(into, n, 'ن', 'ك');
    }

    /// <summary>
    /// A syllable's final "ng" is written with or without its "g" («سونغ» and «سون», "Song" and "Son"): a word's final
    /// n-g is read as n alone.
    /// </summary>
    private static int NasalEnding(Span<char> skeleton, int n, char nasal, char velar) =>
        n >= 3 && skeleton[n - 1] == velar && skeleton[n - 2] == nasal ? n - 1 : n;

    /// <summary>
    /// Writes the consonants of a normalised word in Latin letters: vowels, "y" and "w" left out ("Choe", "Choi"; "Sergey",
    /// "Sergei"), "h" after a consonant too ("Thae", "Tae"), the voiced and voiceless pairs of Korean romanisation taken as
    /// one (g k, d t, b p, j ch, l r), "x" as "ks" ("Alexander", "Aleksandr") and a doubled letter once. A word of vowels alone
    /// ("Un", "Yo") keeps one mark, so it still counts as a word. Returns the length, or -1 when it does not fit.
    /// </summary>
    private static int LatinSkeleton(string word, Span<char> into)
    {
        var n = 0;
        var previous = '\0';
        foreach (var c in word)
        {
            var folded = c switch
            {
                'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' => '\0',
                'h' when previous is not '\0' and not 'h' => '\0',
                'g' or 'q' => 'k',
                'd' => 't',
                'b' => 'p',
                'j' => 'c',
                'l' => 'r',
                _ => c,
            };
            previous = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' ? '\0' : c;
            if (folded == '\0' || n > 0 && into[n - 1] == folded)
            {
                continue;
            }
            if (n + 2 > into.Length)
            {
                return -1;
            }
            if (folded == 'x')
            {
                into[n++] = 'k';
                folded = 's';
            }
            into[n++] = folded;
        }
        n = NasalEnding(into, n, 'n', 'k');
        if (n == 0)
        {
            if (into.Length == 0)
            {
                return -1;
            }
            into[n++] = '.';
        }
        return n;
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0600' and <= '\u06FF';

    /// <summary>
    /// The letter a name's consonants are compared by: long vowels and hamza seats left out ('\0'); ك ق ج غ, ت ط, س ص ث,
    /// د ض ذ, ز ظ and ح ه خ each written as one; any other letter as itself.
    /// </summary>
    private static char Consonant(char c) => (uint)(c - FirstArabic) < (uint)Consonants.Length ? Consonants[c - FirstArabic] : c;

    private const char FirstArabic = '\u0600';

    // The Arabic block read from a table built once, not a switch per letter.
    private static readonly char[] Consonants = ConsonantTable();

    private static char[] ConsonantTable()
    {
        var table = new char[256];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)(FirstArabic + i);
            table[i] = c switch
            {
                'ا' or 'و' or 'ي' or 'ى' or 'ء' => '\0',
                'ق' or 'ج' or 'غ' => 'ك',
                'ط' => 'ت',
                'ص' or 'ث' => 'س',
                'ض' or 'ذ' => 'د',
                'ظ' => 'ز',
                'ه' or 'خ' => 'ح',
                _ => c,
            };
        }
        return table;
    }
}
