using Timeline.Extraction.Extraction.Predicates;
using Timeline.Extraction.Extraction.Arguments;
using Timeline.Extraction.Extraction.Text;
using Timeline.Lexicon;
using static Timeline.Extraction.Extraction.Text.TokenSpan;

namespace Timeline.Extraction.Extraction.Discourse;

/// <summary>A clause that names no subject of its own goes on with the subject of the sentence before ("He held talks", «وأجرى محادثات»).</summary>
internal sealed class SubjectContinuation
{
    private readonly ExtractionData _data;

    /// <summary>Reads subject pronouns and clause openers of <paramref name="data"/>.</summary>
    public SubjectContinuation(ExtractionData data) => _data = data;

    /// <summary>
    /// The trigger's clause has no subject of its own: a subject pronoun leads it ("He later held talks"), a possessive opens
    /// it before the noun ("His talks with Kim"), or an Arabic verb opens the sentence with no name right after it
    /// ("وأجرى محادثات مع نظيرته").
    /// </summary>
    public bool ContinuesSubject(IReadOnlyList<Token> t, TriggerHit hit, int head, List<(int Token, Actor Actor)> after, bool[] covered)
    {
        if (!t[hit.First].IsArabic)
        {
            if (hit.Entry.Kind == "noun" && hit.First > 0 && t[hit.First - 1].Norm is "his" or "her" && ClauseStart(t, hit.First) == hit.First - 1)
            {
                return true; // "His talks with Kim on Saturday lasted two hours": the talks of the one told of before.
            }
            for (var k = hit.First - 1; k >= 0 && k >= hit.First - 4 && t[k].Clause == t[hit.First].Clause; k--)
            {
                if (_data.SubjectPronouns.Contains(t[k].Norm))
                {
                    return true;
                }
            }
            return TitleForSubject(t, hit.First);
        }
        var verb = Math.Min(head, hit.First);
        var opensSentence = verb == 0 || (verb == 1 && (_data.ClauseOpeners.Contains(t[0].Norm) || t[0].Norm is "كما" or "ثم"));
        // «ونددت وزارة الدفاع الكورية الجنوبية»: a body described by its state's adjective right after the verb is its subject.
        return opensSentence && (after.Count == 0 || Gap(t, hit.Last, after[0].Token, covered) > 2
            && !DescribedSpeakers.Between(t, hit.Last, after[0].Token, covered, _data.SpeakerNouns));
    }

    /// <summary>
    /// "The envoy held talks", "The ex-president also met": "the" and a title, with no name, open the clause before the
    /// verb; they stand for the one told of before.
    /// </summary>
    private bool TitleForSubject(IReadOnlyList<Token> t, int verb)
    {
        var k = verb - 1;
        while (k > 0 && t[k].Norm is "also" or "later" or "then" or "subsequently" or "has" or "had")
        {
            k--;
        }
        var titled = false;
        for (; k > 0 && t[k].Clause == t[verb].Clause; k--)
        {
            var word = t[k].Norm.StartsWith("ex-", StringComparison.Ordinal) ? t[k].Norm[3..] : t[k].Norm;
            if (_data.PersonTitles.Contains(word))
            {
                titled = true;
            }
            else if (!_data.TitleFillers.Contains(word) && word is not ("visiting" or "ex"))
            {
                break;
            }
        }
        return titled && k >= 0 && t[k].Norm == "the" && ClauseStart(t, verb) == k;
    }
}
