using Timeline.Extraction.Extraction.Actors;
using Timeline.Extraction.Extraction.Text;
using Timeline.Lexicon;

namespace Timeline.Extraction.Extraction.Discourse;

/// <summary>
/// «وتابعت الوكالة», "The agency described …": an outlet referred to rather than named is the one the article named
/// last, so what North Korea's official agency says goes on being its statement.
/// </summary>
internal static class OutletReference
{
    /// <summary>Replaces each outlet reference with the outlet named before it and remembers the outlets the sentence names.</summary>
    public static List<ActorMention> Resolve(IReadOnlyList<Token> tokens, List<ActorMention> mentions, DocumentState doc, IReadOnlySet<string> references)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Actor.Kind != ActorKinds.Media)
            {
                continue;
            }
            if (IsReference(tokens, m, references))
            {
                if (doc.LastOutlet is { } named)
                {
                    mentions[i] = m with { Candidates = [named] };
                }
            }
            else
            {
                doc.LastOutlet = m.Actor;
            }
        }
        return mentions;
    }

    /// <summary>The mention is a reference word alone ("the agency", «والوكالة»), not an outlet's name.</summary>
    private static bool IsReference(IReadOnlyList<Token> tokens, ActorMention m, IReadOnlySet<string> references)
    {
        var last = tokens[m.Last].Norm;
        return m.Last - m.First <= 1 && (references.Contains(last) || tokens[m.Last].IsArabic && references.Contains(WordForms.StripConjunction(last).ToString()))
            && (m.First == m.Last || tokens[m.First].Norm == "the");
    }
}
