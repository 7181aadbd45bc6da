using Timeline.Extraction.Extraction.Text;

namespace Timeline.Extraction.Extraction.Arguments;

/// <summary>
/// Names and titles set off by commas are appositions inside their clause, not clauses of their own: "received by
/// North Korea's leader, Kim Jong Un, on Thursday", «دعا رئيس الوزراء الروسي نظيره الكوري الشمالي، باك تاي سونغ، لزيارة».
/// </summary>
internal static class Appositions
{
    /// <summary>Longest comma-delimited stretch read as an apposition ("…, including a mutual defence clause," too).</summary>
    private const int MaxWords = 8;

    /// <summary>Words of an apposition outside the name or title ("the", "his", "نظيره").</summary>
    private const int MaxLooseWords = 2;

    /// <summary>
    /// The tokens with every apposition joined to the clause before it, and the clause after it joined too (the
    /// apposition sat inside one clause); null when there is none. A description the gazetteer cannot read as a title
    /// ("the DPRK's Chairman of State Affairs") becomes an aside of that clause.
    /// </summary>
    /// <param name="tokens">The sentence's words.</param>
    /// <param name="covered">Words that belong to a recognised name or title.</param>
    /// <param name="isTrigger">Words that belong to an event trigger.</param>
    /// <param name="opensClause">Words that open a clause of their own ("while", "بينما", "that").</param>
    /// <param name="isDate">Words of a date; a date set off after an apposition is an aside of the same clause
    /// («وأشرف كيم، زعيم كوريا الشمالية، يوم الجمعة، على حفل»).</param>
    public static List<Token>? Join(IReadOnlyList<Token> tokens, bool[] covered, bool[] isTrigger, Func<string, bool> opensClause, bool[]? isDate = null)
    {
        var segments = Segments(tokens);
        if (segments.Count < 2)
        {
            return null;
        }
        var target = new int[segments.Count];
        var apposition = new bool[segments.Count];
        var description = new bool[segments.Count];
        var asideUntil = new int[segments.Count];
        Array.Fill(asideUntil, -1);
        var joinedAny = false;
        var next = 0;
        for (var s = 0; s < segments.Count; s++)
        {
            var (first, last) = segments[s];
            // An apposition renames the name or title that closes the stretch before it.
            if (s > 0 && (covered[first - 1] || TitleNouns.Contains(tokens[first - 1].Norm)) && (IsApposition(tokens, covered, isTrigger, opensClause, first, last)
                || (description[s] = IsDescription(tokens, covered, isTrigger, opensClause, first, last))))
            {
                target[s] = target[s - 1];
                apposition[s] = joinedAny = true;
                continue;
            }
            if (s > 0 && NamesOnly(covered, segments[s - 1]) && UnclosedDescription(tokens, covered, isTrigger, opensClause, first, last) is > 0 and var verb)
            {
                // "Kim Jong Un, leader of the DPRK met …": the comma that should close the description is missing; the
                // description is an aside up to the verb, and the name's clause goes on with the verb.
                target[s] = target[s - 1];
                asideUntil[s] = verb - 1;
                joinedAny = true;
                continue;
            }
            if (s > 0 && covered[first - 1] && OpensWithPreposition(tokens[first].Norm) && !Enumerable.Range(first, last - first + 1).Any(k => isTrigger[k]))
            {
                // «وصل ميدفيديف نائب رئيس مجلس الأمن الروسي، إلى بيونغ يانغ», «وصل كيم، بالقطار إلى قاعدة فوستوشني»: the
                // comma closes the traveller's name or title, and what follows goes on with the verb; a preposition
                // opens no clause.
                target[s] = target[s - 1];
                joinedAny = true;
                continue;
            }
            if (s > 0 && apposition[s - 1] && isDate is not null && DateOnly(isDate, first, last))
            {
                target[s] = target[s - 1];
                apposition[s] = true;
                continue;
            }
            // The clause an apposition interrupted goes on after it, unless a new clause opens there.
            target[s] = s > 0 && apposition[s - 1] && !opensClause(tokens[first].Norm) ? target[s - 1] : next++;
        }
        if (!joinedAny)
        {
            return null;
        }
        var joined = new List<Token>(tokens.Count);
        for (var s = 0; s < segments.Count; s++)
        {
            for (var k = segments[s].First; k <= segments[s].Last; k++)
            {
                // A description is an aside about the name: "Moscow" in "Moscow's top diplomat" takes no part in the event.
                joined.Add(tokens[k] with { Clause = target[s], Aside = tokens[k].Aside || description[s] || k <= asideUntil[s] });
            }
        }
        return joined;
    }

    /// <summary>«إلى», or a word with the preposition «بـ» and the article glued to it («بالقطار»).</summary>
    private static bool OpensWithPreposition(string word) => word == "الي" || word.StartsWith("بال", StringComparison.Ordinal) && word.Length > 4;

    /// <summary>Whether every word of the segment belongs to a name or title: the subject the sentence opens with.</summary>
    private static bool NamesOnly(bool[] covered, (int First, int Last) segment) =>
        Enumerable.Range(segment.First, segment.Last - segment.First + 1).All(k => covered[k]);

    /// <summary>
    /// The first word of the verb that ends a description left open after a name ("leader of the DPRK met",
    /// «زعيم كوريا الشمالية التقى»), or -1 when the stretch before the stretch's first trigger is no description.
    /// </summary>
    private static int UnclosedDescription(IReadOnlyList<Token> t, bool[] covered, bool[] isTrigger, Func<string, bool> opensClause, int first, int last)
    {
        var verb = first + 1;
        while (verb <= last && !isTrigger[verb])
        {
            verb++;
        }
        return verb <= last && IsDescription(t, covered, isTrigger, opensClause, first, verb - 1) ? verb : -1;
    }

    /// <summary>A stretch of date words, with at most one word before them ("on Friday", «يوم الجمعة»).</summary>
    private static bool DateOnly(bool[] isDate, int first, int last) =>
        isDate[last] && Enumerable.Range(first, last - first + 1).Count(k => !isDate[k]) <= 1 && (isDate[first] || first < last);

    private static bool IsApposition(IReadOnlyList<Token> t, bool[] covered, bool[] isTrigger, Func<string, bool> opensClause, int first, int last)
    {
        if (last - first + 1 > MaxWords || opensClause(t[first].Norm))
        {
            return false;
        }
        var named = 0;
        var loose = 0;
        for (var k = first; k <= last; k++)
        {
            if (isTrigger[k] || t[k].Aside)
            {
                return false;
            }
            if (covered[k])
            {
                named++;
            }
            else if (++loose > MaxLooseWords || char.IsDigit(t[k].Norm[0]))
            {
                return false;
            }
        }
        return named > 0;
    }

    /// <summary>
    /// A description of the person named before it, in a title the gazetteer does not know: a noun phrase opened by a
    /// determiner or a possessive ("the DPRK's Chairman of State Affairs", "Moscow's top diplomat", "North Korea's
    /// leader"), with no verb and nothing that opens a clause of its own ("who", "that").
    /// </summary>
    private static bool IsDescription(IReadOnlyList<Token> t, bool[] covered, bool[] isTrigger, Func<string, bool> opensClause, int first, int last)
    {
        if (t[first].IsArabic)
        {
            // «، حاكم الإقليم،», «، نائب وزير الثقافة،»: a short title opened by its head noun.
            return ArabicTitleHeads.Contains(t[first].Norm) && last - first < 5
                && Enumerable.Range(first, last - first + 1).All(k => !isTrigger[k] && !t[k].Aside && !opensClause(t[k].Norm) && !char.IsDigit(t[k].Norm[0]));
        }
        var opened = Determiners.Contains(t[first].Norm) || t[first].Norm == "including" || TitleNouns.Contains(t[first].Norm) || TitleOpeners.Contains(t[first].Norm)
            || covered[first] && Enumerable.Range(first, last - first + 1).FirstOrDefault(k => !covered[k], -1) is var k0 && k0 > first && t[k0].Norm == "s";
        if (!opened)
        {
            return false;
        }
        for (var k = first; k <= last; k++)
        {
            if (t[k].Norm == "and" && k < last && (TitleNouns.Contains(t[k + 1].Norm) || TitleOpeners.Contains(t[k + 1].Norm) || t[k + 1].Norm is "member" or "a" or "an" or "former"))
            {
                // "a member of the Federation Council and chairman of the friendship group", "deputy head of the Security
                // Council and a close ally of Putin": one person's titles.
                continue;
            }
            if (isTrigger[k] || t[k].Aside || opensClause(t[k].Norm) || char.IsDigit(t[k].Norm[0]) || NotInDescriptions.Contains(t[k].Norm))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether a word is the head noun of a title («مندوب», «رئيس», "envoy"): the words after it describe an office, not a name.</summary>
    public static bool IsTitleHead(string word) => ArabicTitleHeads.Contains(word) || TitleNouns.Contains(word);

    /// <summary>
    /// Nouns that end a title the gazetteer need not know, so that a name set off after them renames them: "her Russian
    /// counterpart, Sergei Lavrov,", "North Korea's culture minister, Pak Kyong Chol,", «ونظيرته، تشوي سون هوي،».
    /// </summary>
    private static readonly HashSet<string> TitleNouns = new(StringComparer.Ordinal)
    {
        "counterpart", "counterparts", "minister", "envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson", "governor", "chairman",
        "premier", "secretary", "representative", "director", "chief", "aide", "adviser", "advisor", "deputy", "leader",
        "نظيره", "نظيرته", "نظيرها", "نظيرتها", "مبعوث", "المبعوث", "سفير", "السفير", "مندوب", "المندوب",
    };

    /// <summary>Head nouns of an Arabic title set off after a name («حاكم», «نائب», «مستشار»), normalised.</summary>
    private static readonly HashSet<string> ArabicTitleHeads = new(StringComparer.Ordinal)
    {
        "حاكم", "نايب", "مستشار", "زعيم", "مساعد", "سفير", "مبعوث", "مندوب", "ممثل", "امين", "رييس", "وزير", "وزيره", "سكرتير", "مدير", "قايد", "المتحدث", "الناطق",
    };

    /// <summary>
    /// Besides a title noun, words that open a bare English title set off after a name, without "the": "Kim Song, North
    /// Korean ambassador to the UN,", "Choe Son Hui, foreign minister of the DPRK," ("Sergei Shoigu, Secretary of …,"
    /// opens with a title noun).
    /// </summary>
    private static readonly HashSet<string> TitleOpeners = new(StringComparer.Ordinal)
    {
        "vice", "first", "chairwoman", "head", "president", "foreign", "defence", "defense", "prime", "russian", "russia", "north", "korean",
        // "General Secretary of the ruling party", "supreme commander", "former president".
        "general", "senior", "top", "supreme", "commander", "speaker", "member", "former",
    };

    /// <summary>Words that open a description of a person.</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "his", "her", "its", "their" };

    /// <summary>Words a description does not hold: verbs of being and saying, pronoun subjects, "that" complements.</summary>
    private static readonly HashSet<string> NotInDescriptions = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "has", "have", "had", "be", "been", "said", "says", "that", "he", "she", "they", "it", "and", "but", "as",
    };

    private static List<(int First, int Last)> Segments(IReadOnlyList<Token> tokens)
    {
        var result = new List<(int, int)>();
        var start = 0;
        for (var k = 1; k <= tokens.Count; k++)
        {
            if (k == tokens.Count || tokens[k].Clause != tokens[start].Clause)
            {
                result.Add((start, k - 1));
                start = k;
            }
        }
        return result;
    }
}
