using System.Buffers;
using Timeline.Lexicon;

namespace Timeline.Extraction.Extraction.Text;

/// <summary>Cuts a span of the body into normalised words, marking clause breaks and asides (in brackets or between dashes).</summary>
public static class Tokenizer
{
    /// <summary>Tokenises body[start..end).</summary>
    public static List<Token> Tokenize(string body, int start, int end, IReadOnlySet<string>? clauseOpeners = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        // Words are gathered in pooled buffers and copied once into a list of the right size: no list growth, and no
        // builder per word. A word has at most end - start letters, and there are at most that many words.
        var length = Math.Max(1, end - start);
        var words = ArrayPool<Token>.Shared.Rent(length);
        var buffer = ArrayPool<char>.Shared.Rent(length);
        var count = 0;
        var asides = FindAsides(body, start, end);
        var clause = 0;
        var breakPending = false;
        var i = start;
        while (i < end)
        {
            var c = body[i];
            var f = TextNormalizer.Fold(c);
            if (f != '\0' && char.IsLetterOrDigit(f))
            {
                var tokenStart = i;
                var letters = 0;
                var last = i;
                while (i < end)
                {
                    var g = TextNormalizer.Fold(body[i]);
                    if (g == '\0')
                    {
                        i++;
                        continue;
                    }
                    if (!char.IsLetterOrDigit(g))
                    {
                        break;
                    }
                    buffer[letters++] = g;
                    last = i;
                    i++;
                }
                var norm = new string(buffer, 0, letters);
                if (breakPending || (clauseOpeners is not null && count > 0 && OpensClause(clauseOpeners, norm)))
                {
                    clause++;
                    breakPending = false;
                }
                words[count++] = new Token(norm, tokenStart, last + 1, clause, InAside(asides, tokenStart));
                continue;
            }
            // A comma between digits groups thousands ("3,000 troops"); it does not end a clause.
            var digitGroup = c == ',' && i > start && i + 1 < end && char.IsAsciiDigit(body[i - 1]) && char.IsAsciiDigit(body[i + 1]);
            if (f is ',' or ';' or ':' && !digitGroup)
            {
                breakPending = true;
            }
            i++;
        }
        var tokens = new List<Token>(Math.Max(4, count));
        tokens.AddRange(words.AsSpan(0, count));
        words.AsSpan(0, count).Clear(); // The pool keeps no words alive.
        ArrayPool<Token>.Shared.Return(words);
        ArrayPool<char>.Shared.Return(buffer);
        return tokens;
    }

    /// <summary>The word, or the word without its "و", is a clause opener; looked up without cutting a new string per word.</summary>
    private static bool OpensClause(IReadOnlySet<string> openers, string norm)
    {
        if (norm.Length <= 3 || norm[0] != 'و')
        {
            return openers.Contains(norm);
        }
        return openers is HashSet<string> set ? set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(norm.AsSpan(1)) : openers.Contains(norm[1..]);
    }

    private static bool InAside(List<(int Start, int End)> asides, int at)
    {
        foreach (var (s, e) in asides)
        {
            if (at > s && at < e)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Finds asides: words in brackets ("مجلس الدوما (النواب)", "أمس (الخميس)"), and dash-delimited ones, where a dash
    /// after a space opens one and the next dash that is spaced, or glued to the end of a word, closes it.
    /// </summary>
    private static List<(int Start, int End)> FindAsides(string body, int start, int end)
    {
        var result = new List<(int, int)>();
        for (var i = start; i < end; i++)
        {
            if (body[i] != '(')
            {
                continue;
            }
            var close = body.IndexOf(')', i + 1, Math.Min(120, end - i - 1));
            if (close > 0)
            {
                result.Add((i, close));
                i = close;
            }
        }
        for (var i = start + 1; i < end - 1; i++)
        {
            if (!IsDash(body[i]) || !char.IsWhiteSpace(body[i - 1]))
            {
                continue;
            }
            for (var j = i + 2; j < end && j - i < 300; j++)
            {
                if (body[j] is '\n' or '.')
                {
                    break;
                }
                if (!IsDash(body[j]))
                {
                    continue;
                }
                var before = body[j - 1];
                var after = j + 1 < end ? body[j + 1] : ' ';
                if ((char.IsWhiteSpace(before) && char.IsWhiteSpace(after)) || (!char.IsWhiteSpace(before) && !char.IsLetterOrDigit(after)))
                {
                    result.Add((i, j));
                    i = j;
                    break;
                }
            }
        }
        return result;
    }

    private static bool IsDash(char c) => c is '-' or '–' or '—';
}
