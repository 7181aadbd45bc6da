using Timeline.Extraction.Extraction.Text;
using Timeline.Lexicon;

namespace Timeline.Extraction.Extraction.Actors;

/// <summary>A gazetteer name found in a sentence.</summary>
/// <param name="First">Index of its first word.</param>
/// <param name="Last">Index of its last word.</param>
/// <param name="Candidates">Every entry the name can denote, usual referent first ("Kim": Kim Jong Un, then Kim Jong Il).</param>
/// <param name="Locative">True after "في/إلى/in/to" or with a ب/ل proclitic: a place where something happens.</param>
public sealed record ActorMention(int First, int Last, IReadOnlyList<Actor> Candidates, bool Locative)
{
    /// <summary>The usual referent.</summary>
    public Actor Actor => Candidates[0];

    /// <summary>The referent active on a date: a person holding a role then (and alive); the usual one otherwise.</summary>
    public Actor? On(DateOnly? date)
    {
        if (date is not { } d || Candidates[0].Kind != ActorKinds.Person)
        {
            return Candidates[0];
        }
        for (var i = 0; i < Candidates.Count; i++)
        {
            if (Candidates[i].ActiveOn(d))
            {
                return Candidates[i];
            }
        }
        return null;
    }
}

/// <summary>Finds gazetteer names (Arabic and English spellings, with Arabic proclitics) in tokenised sentences; longest name wins.</summary>
public sealed class ActorRecognizer
{
    private static readonly Lazy<ActorRecognizer> LazyDefault = new(() => new ActorRecognizer(Gazetteer.Default, ExtractionData.Default.Locative));
    private readonly PhraseMatcher<Alias> _matcher = new();
    private readonly SpellingVariants _variants;
    private readonly IReadOnlySet<string> _locative;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _locativeSpans;
    private readonly Gazetteer _gazetteer;

    /// <summary>Builds the recogniser over a gazetteer.</summary>
    public ActorRecognizer(Gazetteer gazetteer, IReadOnlySet<string> locative)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _locative = locative;
        _gazetteer = gazetteer;
        _variants = new SpellingVariants(gazetteer);
        _locativeSpans = new HashSet<string>(locative, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var byKey = new Dictionary<string, Alias>(StringComparer.Ordinal);
        foreach (var actor in gazetteer.Actors)
        {
            foreach (var alias in actor.Aliases.Append(actor.Name))
            {
                var key = TextNormalizer.Key(alias);
                if (key.Length == 0)
                {
                    continue;
                }
                if (!byKey.TryGetValue(key, out var entry))
                {
                    byKey[key] = entry = new Alias(key.Split(' ')[0], IsAcronym(alias)) { ProperNoun = IsCommonWordName(alias) };
                    _matcher.Add(alias, entry);
                }
                else if (!IsAcronym(alias))
                {
                    entry.CaseSensitive = false;
                }
                if (!entry.Actors.Contains(actor))
                {
                    entry.Actors.Add(actor);
                }
            }
        }
    }

    /// <summary>The recogniser over the shipped gazetteer.</summary>
    public static ActorRecognizer Default => LazyDefault.Value;

    /// <summary>Names in a sentence, left to right, not overlapping.</summary>
    public List<ActorMention> Find(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var found = new List<ActorMention>();
        var matches = new List<PhraseMatch<Alias>>();
        List<PhraseMatch<Alias>>? inside = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            _matcher.MatchInto(tokens, i, matches);
            if (_variants.MatchAt(text, tokens, i) is { } variant && (matches.Count == 0 || variant.Length > matches[0].Length))
            {
                found.Add(new ActorMention(i, i + variant.Length - 1, [variant.Actor], IsLocative(tokens, i, tokens[i].Norm)));
                i += variant.Length - 1;
                continue;
            }
            foreach (var m in matches)
            {
                var last = i + m.Length - 1;
                if (m.Value.CaseSensitive && HasLower(text, tokens[i].Start, tokens[last].End))
                {
                    continue; // "us" is a pronoun, "US" a state.
                }
                if (m.Value.ProperNoun && !HasUpper(text, tokens[i].Start, tokens[last].End))
                {
                    continue; // "the North" is North Korea, "the north of the region" a direction.
                }
                if (m.Length > 1 && LongerNameInside(tokens, i, last, inside ??= []))
                {
                    continue; // "the North Korean leader": the office that starts inside "the North" wins.
                }
                if (i > 0 && tokens[i - 1].Norm is "نايب" or "مساعد" or "deputy" or "vice" && m.Value.Actors[0] is { Kind: ActorKinds.Office, Country: { } served }
                    && _gazetteer.ById(served) is { } state)
                {
                    // «نائب وزير الخارجية الروسي», "deputy foreign minister": not the minister, someone of the minister's state.
                    found.Add(new ActorMention(i - 1, last, [state], false));
                    i = last;
                    break;
                }
                found.Add(new ActorMention(i, last, m.Value.Actors, IsLocative(tokens, i, m.Value.FirstWord)));
                i = last;
                break;
            }
        }
        return found;
    }

    private bool IsLocative(IReadOnlyList<Token> tokens, int at, string firstWord)
    {
        if (at > 1 && tokens[at - 1].Norm == "to" && tokens[at - 2].Norm == "according")
        {
            return false; // "According to Seoul and Washington": who says it, not where.
        }
        if (at > 0 && (_locative.Contains(tokens[at - 1].Norm) || tokens[at - 1].Norm is { Length: > 2 } p && p[0] is 'و' or 'ف' && _locativeSpans.Contains(p.AsSpan(1))))
        {
            return true; // "في موسكو", and "وفي موسكو" with its conjunction.
        }
        if (at > 1 && tokens[at - 1].Norm == "the" && _locative.Contains(tokens[at - 2].Norm))
        {
            return true; // "in the DPRK", "to the United States".
        }
        var word = tokens[at].Norm;
        if (word.Length > firstWord.Length && word.EndsWith(firstWord, StringComparison.Ordinal))
        {
            var prefix = word[..^firstWord.Length];
            return prefix.Contains('ب', StringComparison.Ordinal) || prefix.Contains('ل', StringComparison.Ordinal);
        }
        return false;
    }

    /// <summary>True when a name starting after <paramref name="first"/> and inside the match runs past <paramref name="last"/>.</summary>
    private bool LongerNameInside(IReadOnlyList<Token> tokens, int first, int last, List<PhraseMatch<Alias>> matches)
    {
        for (var k = first + 1; k <= last; k++)
        {
            _matcher.MatchInto(tokens, k, matches);
            foreach (var m in matches)
            {
                if (k + m.Length - 1 > last)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool HasUpper(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (char.IsUpper(text[k]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A name made of common words, written lower-case first ("the North", "the West"): a name only when capitalised.</summary>
    private static bool IsCommonWordName(string alias) => alias.Length > 0 && char.IsLower(alias[0]) && alias.Any(char.IsUpper);

    private static bool HasLower(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (char.IsLower(text[k]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Short all-capital names ("US", "UN", "NK") match only in capitals.</summary>
    private static bool IsAcronym(string alias)
    {
        var letters = alias.Where(char.IsLetter).ToList();
        return letters.Count is >= 2 and <= 5 && letters.All(c => c is >= 'A' and <= 'Z');
    }

    private sealed class Alias(string firstWord, bool caseSensitive)
    {
        public string FirstWord { get; } = firstWord;
        public bool CaseSensitive { get; set; } = caseSensitive;

        /// <summary>Made of common words: matches only where the text capitalises it.</summary>
        public bool ProperNoun { get; init; }
        public List<Actor> Actors { get; } = [];
    }
}
