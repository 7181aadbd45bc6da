using Timeline.Extraction.Extraction.Text;
using Timeline.Lexicon;

namespace Timeline.Extraction.Extraction.Actors;

/// <summary>
/// Arabic spellings of Korean and Russian names differ from outlet to outlet («آن غيو باك» and «آن جيو بيك», «كيم جونغ أون»
/// and «كيم جونغ وون»): a person's full name of two to four words also matches by its consonants, with long vowels left
/// out and letters that render the same sound taken as one, when no other person's name has the same consonants.
/// </summary>
internal sealed class SpellingVariants
{
    private const int MaxWords = 4;
    private const int MaxKey = 64;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWords;
    private readonly Dictionary<string, Actor?>.AlternateLookup<ReadOnlySpan<char>> _names;

    /// <summary>Reads the Arabic full names of the gazetteer's people.</summary>
    public SpellingVariants(Gazetteer gazetteer)
    {
        var names = new Dictionary<string, Actor?>(StringComparer.Ordinal);
        var firstWords = new HashSet<string>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[MaxKey];
        foreach (var actor in gazetteer.Actors.Where(a => a.Kind == ActorKinds.Person))
        {
            foreach (var alias in actor.Aliases)
            {
                var words = TextNormalizer.Key(alias).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length is < 2 or > MaxWords || words[0].Length == 0 || words[0][0] is < '\u0600' or > '\u06FF')
                {
                    continue;
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
                firstWords.Add(key[..key.IndexOf(' ', StringComparison.Ordinal)]);
            }
        }
        _names = names.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWords = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The person whose full name is spelt differently at word <paramref name="at"/>, and how many words it takes.</summary>
    public (Actor Actor, int Length)? MatchAt(IReadOnlyList<Token> tokens, int at)
    {
        if (!tokens[at].IsArabic)
        {
            return null;
        }
        Span<char> key = stackalloc char[MaxKey];
        var length = Skeleton(tokens[at].Norm, key);
        if (length <= 0 || !_firstWords.Contains(key[..length]))
        {
            return null;
        }
        (Actor Actor, int Length)? best = null;
        for (var k = at + 1; k < tokens.Count && k < at + MaxWords && tokens[k].IsArabic && tokens[k].Clause == tokens[at].Clause; k++)
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
            if (_names.TryGetValue(key[..length], out var actor) && actor is not null)
            {
                best = (actor, k - at + 1);
            }
        }
        return best;
    }

    /// <summary>
    /// Writes the consonants of a normalised word: long vowels and hamza seats left out; ك ق ج غ, ت ط, س ص ث, د ض ذ, ز ظ and
    /// ح ه خ each written as one. Returns the length, or -1 when it does not fit.
    /// </summary>
    private static int Skeleton(string word, Span<char> into)
    {
        var n = 0;
        foreach (var c in word)
        {
            var folded = c switch
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
        return n;
    }
}
