namespace Timeline.Extraction.Extraction.Text;

/// <summary>A word of a sentence: its normalised form and where it stands in the article body.</summary>
/// <param name="Norm">Normalised text (see <see cref="Timeline.Lexicon.TextNormalizer"/>).</param>
/// <param name="Start">Offset of the first character in the body.</param>
/// <param name="End">Offset after the last character in the body.</param>
/// <param name="Clause">Index of the clause (commas and clause-opening conjunctions start a new one).</param>
/// <param name="Aside">True inside a dash-delimited aside ("لافروف -الذي وضع أكاليل الزهور...- وصل").</param>
public readonly record struct Token(string Norm, int Start, int End, int Clause, bool Aside)
{
    /// <summary>True when the word is written in Arabic script.</summary>
    public bool IsArabic => Norm.Length > 0 && Norm[0] is >= '\u0600' and <= '\u06FF';
}

/// <summary>A sentence of the article: its text, offsets into the body, and its words.</summary>
/// <param name="Index">Position of the sentence in the article.</param>
/// <param name="Start">Offset of the first character in the body.</param>
/// <param name="End">Offset after the last character in the body.</param>
/// <param name="Text">The sentence exactly as written.</param>
/// <param name="Tokens">Its words.</param>
public sealed record Sentence(int Index, int Start, int End, string Text, IReadOnlyList<Token> Tokens)
{
    /// <summary>Words that belong to a recognised name or title.</summary>
    internal bool[] Covered { get; set; } = new bool[Tokens.Count];

    /// <summary>The sentence places what it tells during the article's visit ("خلال الزيارة", "during the visit").</summary>
    internal bool DuringVisit { get; set; }

    /// <summary>The sentence names a meeting or a visit again with its other side ("as his summit with Putin began").</summary>
    internal bool NamesOccasion { get; set; }
}
