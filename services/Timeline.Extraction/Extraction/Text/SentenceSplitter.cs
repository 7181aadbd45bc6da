using Timeline.Lexicon;

namespace Timeline.Extraction.Extraction.Text;

/// <summary>
/// Splits an article body into sentences with offsets into the original text. Full stops inside quotes («», “”, "")
/// do not end a sentence, but a quote closing on one before a capital does; line breaks always do; a photo credit in parentheses ("(رويترز)") ends a caption that
/// scraping glued to the next sentence; English abbreviations ("U.S.", "Mr.", "Jan.") do not end one; a full stop with
/// no space after it does, between words ("Monday.According").
/// </summary>
public sealed class SentenceSplitter(IReadOnlySet<string> credits)
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "rep", "gov", "prof", "st", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "jr", "sr", "adm", "maj", "capt",
    };

    /// <summary>
    /// A quote closing on a full stop, with a capital opening the next word: <c>wrote: "Friends are together." During his stay</c>
    /// starts a new sentence ("…," said Lavrov and «…».) stay as they are).
    /// </summary>
    private static bool EndsQuotedSentence(string body, int quote, int end) =>
        quote > 0 && body[quote - 1] is '.' or '!' or '?' && quote + 2 < end && body[quote + 1] == ' ' && char.IsUpper(body[quote + 2]);

    /// <summary>Sentence spans (start, end) of body[start..end), trimmed, non-empty.</summary>
    public List<(int Start, int End)> Split(string body, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(body);
        var spans = new List<(int, int)>();
        var sentenceStart = start;
        var angle = 0;
        var curly = false;
        var straight = false;
        var quoteOpenedAt = -1;
        for (var i = start; i < end; i++)
        {
            var c = body[i];
            switch (c)
            {
                case '\n' or '\r':
                    Add(spans, body, sentenceStart, i);
                    sentenceStart = i + 1;
                    angle = 0;
                    curly = straight = false;
                    continue;
                case '«': angle++; quoteOpenedAt = i; continue;
                case '»': angle = Math.Max(0, angle - 1); continue;
                case '“' or '”' or '„' or '"':
                    var open = c == '"' ? straight = !straight : curly = !curly;
                    quoteOpenedAt = i;
                    if (!open && EndsQuotedSentence(body, i, end))
                    {
                        Add(spans, body, sentenceStart, i + 1);
                        sentenceStart = i + 1;
                    }
                    continue;
                case ')' when IsCredit(body, i):
                    Add(spans, body, sentenceStart, i + 1);
                    sentenceStart = i + 1;
                    continue;
            }
            var quoted = angle > 0 || curly || straight;
            if (quoted && i - quoteOpenedAt > 500)
            {
                // An unbalanced quote must not swallow the rest of the paragraph.
                angle = 0;
                curly = straight = false;
                quoted = false;
            }
            if (quoted || c is not ('.' or '!' or '?' or '؟' or '…'))
            {
                continue;
            }
            var next = i + 1 < end ? body[i + 1] : ' ';
            // "MOSCOW, June 19. /TASS/.": the agency's credit after a dateline's full stop belongs to the dateline.
            if (c == '.' && (char.IsLetterOrDigit(next) && !Glued(body, start, i, end) || IsAbbreviation(body, start, i) || (next == ' ' && i + 2 < end && (char.IsLower(body[i + 2]) || body[i + 2] == '/'))))
            {
                continue;
            }
            // Runs of punctuation ("..", "?!", ".”") end together.
            var j = i + 1;
            while (j < end && body[j] is '.' or '!' or '?' or '؟' or '…' or '"' or '”' or '»' or '’' or '\'')
            {
                j++;
            }
            Add(spans, body, sentenceStart, j);
            sentenceStart = j;
            i = j - 1;
        }
        Add(spans, body, sentenceStart, end);
        return spans;
    }

    /// <summary>
    /// Two sentences that scraping glued at the full stop ("left on Monday.According to KCNA", «الاثنين.وقال»): a word of
    /// three letters or more before it, and after it a capital or an Arabic word; not "U.S.", "p.m." or «أ.ف.ب».
    /// </summary>
    private static bool Glued(string body, int floor, int dot, int end)
    {
        var k = dot - 1;
        while (k >= floor && char.IsLetter(body[k]))
        {
            k--;
        }
        if (dot - 1 - k < 3 || dot + 2 >= end)
        {
            return false;
        }
        char before = body[dot - 1], after = body[dot + 1];
        return char.IsLower(before) && char.IsUpper(after) && char.IsLower(body[dot + 2])
            || IsArabicLetter(before) && IsArabicLetter(after) && IsArabicLetter(body[dot + 2]);
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A';

    private bool IsCredit(string body, int close)
    {
        var open = body.LastIndexOf('(', close);
        if (open < 0 || close - open > 40)
        {
            return false;
        }
        var key = TextNormalizer.Key(body[(open + 1)..close]);
        if (key.Length == 0)
        {
            return false;
        }
        if (credits.Contains(key))
        {
            return true;
        }
        // Dotted initials such as "أ.ف.ب" or "د.ب.أ": every part one letter.
        var parts = key.Split(' ');
        return parts.Length >= 2 && parts.All(p => p.Length == 1);
    }

    private static bool IsAbbreviation(string body, int floor, int dot)
    {
        var k = dot - 1;
        while (k >= floor && char.IsLetter(body[k]))
        {
            k--;
        }
        var word = body[(k + 1)..dot];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }
        return word.Length > 0 && word[0] < 128 && Abbreviations.Contains(word);
    }

    private static void Add(List<(int, int)> spans, string body, int s, int e)
    {
        while (s < e && char.IsWhiteSpace(body[s]))
        {
            s++;
        }
        while (e > s && char.IsWhiteSpace(body[e - 1]))
        {
            e--;
        }
        if (e > s)
        {
            spans.Add((s, e));
        }
    }
}
