namespace Timeline.Extraction.Extraction.Text;

/// <summary>Word forms the stages read: a leading Arabic conjunction, the imperfect (present) verb, an English past participle.</summary>
internal static class WordForms
{
    /// <summary>An Arabic word without the conjunction glued to its front («وتأتي» → «تأتي»).</summary>
    public static ReadOnlySpan<char> StripConjunction(string word) => word.Length > 3 && word[0] is 'و' or 'ف' ? word.AsSpan(1) : word;

    /// <summary>
    /// A normalised Arabic word ending as a noun with a possessive pronoun or «ة» does («زيارتها», «لقائه», «الفترة»):
    /// «ة» folds to «ه», so the two cannot be told apart.
    /// </summary>
    public static bool EndsLikePossessedNoun(string word) =>
        word.Length > 3 && (word.EndsWith('ه') || word.EndsWith("ها", StringComparison.Ordinal) || word.EndsWith("هم", StringComparison.Ordinal));

    /// <summary>«خلالها», «خلاله»: during it, the occasion told before.</summary>
    public static bool IsDuringIt(string word) => word is "خلالها" or "خلاله";

    /// <summary>An English word shaped as a past participle ("signed", "concluded"); "led", "red" are too short to tell.</summary>
    public static bool IsPastParticiple(string word) => word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>An Arabic participle of the مُتَفَعِّل shape («متوجها», «متجهة»): what the clause's subject does as it goes.</summary>
    public static bool IsParticiple(string word) => word.StartsWith("مت", StringComparison.Ordinal);

    /// <summary>Arabic imperfect (present) verb forms: يـ/تـ prefixes, but not تفعيل verbal nouns ("توقيع", "تسليم").</summary>
    public static bool IsImperfect(string word)
    {
        if (word.Length > 3 && word[0] is 'و' or 'ف' && word[1] is 'ي' or 'ت')
        {
            word = word[1..];
        }
        if (word.Length < 3 || word[0] is not ('ي' or 'ت'))
        {
            return false;
        }
        return !(word[0] == 'ت' && word.Length == 5 && word[3] == 'ي');
    }
}
