using Timeline.Extraction.Extraction.Text;
using Timeline.Lexicon;

namespace Timeline.Extraction.Extraction.Actors;

/// <summary>
/// English names of people the gazetteer does not list, introduced the way news introduces officials: after a title
/// ("South Korean lawmaker Lee Seong-kweun", "Deputy Emergencies Minister Roman Kurynin"), after "led by" / "headed by"
/// ("a Russian delegation headed by Grigory Rapota"), or before a title set off by a comma ("Dmitry Polyanskiy, Russia's
/// deputy envoy,"). Each becomes a person of the state its title or delegation names; a name nothing places in a state
/// stays unknown, since a participant without a side cannot take part in a relation between two states.
/// </summary>
internal sealed class UnlistedPeople
{
    private const int MaxNameWords = 4;
    private const int TitleReach = 6;
    private readonly ExtractionData _data;

    /// <summary>Reads titles and fillers from the extraction data.</summary>
    public UnlistedPeople(ExtractionData data) => _data = data;

    /// <summary>The sentence's mentions, with a mention added for each unlisted person found among words no name covers.</summary>
    public List<ActorMention> Add(string text, IReadOnlyList<Token> t, List<ActorMention> mentions, bool[] covered)
    {
        List<ActorMention>? added = null;
        for (var k = 0; k < t.Count; k++)
        {
            if (!StartsRun(text, t, covered, k))
            {
                continue;
            }
            var end = RunEnd(text, t, covered, k);
            var first = k;
            for (var p = end; p >= k; p--)
            {
                if (_data.PersonTitles.Contains(t[p].Norm))
                {
                    first = p + 1; // "Natural Resources Minister Alexander Kozlov": the name follows the title's noun.
                    break;
                }
            }
            k = end;
            if (first > end || !IsName(text, t, first, end) || Country(t, mentions, first, end) is not { } country)
            {
                continue;
            }
            added ??= [.. mentions];
            added.Add(new ActorMention(first, end, [Gazetteer.Unlisted(country, NameAsWritten(text, t, first, end))], false));
            for (var n = first; n <= end; n++)
            {
                covered[n] = true;
            }
        }
        if (added is null)
        {
            return mentions;
        }
        added.Sort(static (a, b) => a.First.CompareTo(b.First));
        return added;
    }

    /// <summary>
    /// The state that places the person: named in the title before the name, before "led by" of the group the person
    /// leads, or in a title set off after the name.
    /// </summary>
    private string? Country(IReadOnlyList<Token> t, List<ActorMention> mentions, int first, int last)
    {
        if (first > 1 && t[first - 1].Norm == "by" && _data.LeaderMarkers.Contains(t[first - 2].Norm))
        {
            return StateBefore(t, mentions, first - 2, anyWords: true); // "a Russian delegation headed by …".
        }
        var titled = first > 0 && _data.PersonTitles.Contains(t[first - 1].Norm);
        if (titled && StateBefore(t, mentions, first) is { } before)
        {
            return before;
        }
        if (TitleLeadsTo(t, first) is { } leader && StateBefore(t, mentions, leader, anyWords: true) is { } group)
        {
            return group; // "a delegation from Russia's emergency ministry, led by the ministry's deputy head Roman Kurynin".
        }
        return titled ? null : StateInTitleAfter(t, mentions, last);
    }

    /// <summary>"led by the ministry's deputy head Roman Kurynin": the index of "led" when the title before the name follows "led by".</summary>
    private int? TitleLeadsTo(IReadOnlyList<Token> t, int first)
    {
        for (var k = first - 1; k > 0 && first - k <= TitleReach; k--)
        {
            if (t[k].Norm == "by" && _data.LeaderMarkers.Contains(t[k - 1].Norm))
            {
                return k - 1;
            }
            if (!_data.PersonTitles.Contains(t[k].Norm) && !_data.TitleFillers.Contains(t[k].Norm) && t[k].Norm is not ("a" or "an" or "its" or "his" or "her" or "their"))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// The state of the nearest state, capital, office or institution before <paramref name="at"/> in its clause; unless
    /// <paramref name="anyWords"/>, only title words may stand between ("Russia's deputy UN ambassador").
    /// </summary>
    private string? StateBefore(IReadOnlyList<Token> t, List<ActorMention> mentions, int at, bool anyWords = false)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.Last >= at)
            {
                continue;
            }
            // "a delegation from Russia's health ministry, led by": the group may stand before the comma of "led by".
            if (at - m.Last > TitleReach + 2 || t[at].Clause - t[m.Last].Clause > (anyWords ? 1 : 0))
            {
                return null;
            }
            if (m.Actor.Kind is ActorKinds.Person or ActorKinds.Media || Pair.CountryOf(m.Actor) is not { } country)
            {
                return null; // "Putin met lawmaker …": a person before the title is someone else.
            }
            return anyWords || OnlyTitleWords(t, m.Last + 1, at - 1) ? country : null;
        }
        return null;
    }

    /// <summary>"Grigory Rapota, a member of Russia's upper house": the state named in a title set off after the name.</summary>
    private string? StateInTitleAfter(IReadOnlyList<Token> t, List<ActorMention> mentions, int last)
    {
        var k = last + 1;
        if (k >= t.Count || t[k].Clause == t[last].Clause)
        {
            return null; // Only a title set off by a comma describes the name before it.
        }
        var opener = t[k].Norm;
        var titled = false;
        for (var n = k; n < t.Count && n - k <= TitleReach && t[n].Clause == t[k].Clause; n++)
        {
            titled |= _data.PersonTitles.Contains(t[n].Norm);
        }
        if (!titled || !(opener is "a" or "an" or "the" || _data.PersonTitles.Contains(opener) || _data.TitleFillers.Contains(opener) || mentions.Exists(m => m.First == k)))
        {
            return null;
        }
        foreach (var m in mentions)
        {
            if (m.First >= k && m.First - k <= TitleReach && t[m.First].Clause == t[k].Clause && m.Actor.Kind is not (ActorKinds.Person or ActorKinds.Media) && Pair.CountryOf(m.Actor) is { } country)
            {
                return country;
            }
        }
        return null;
    }

    private bool OnlyTitleWords(IReadOnlyList<Token> t, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (!_data.PersonTitles.Contains(t[k].Norm) && !_data.TitleFillers.Contains(t[k].Norm))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>An English capitalised word no name covers, not continuing a capitalised word before it.</summary>
    private static bool StartsRun(string text, IReadOnlyList<Token> t, bool[] covered, int k) =>
        !covered[k] && Capitalised(text, t[k]) && !(k > 0 && !covered[k - 1] && Capitalised(text, t[k - 1]) && Joined(text, t, k));

    /// <summary>The last word of the capitalised run from <paramref name="k"/> ("Lee Seong-kweun": the hyphen joins "kweun").</summary>
    private static int RunEnd(string text, IReadOnlyList<Token> t, bool[] covered, int k)
    {
        var end = k;
        while (end + 1 < t.Count && !covered[end + 1] && Joined(text, t, end + 1) && (Capitalised(text, t[end + 1]) || Hyphenated(text, t, end + 1)))
        {
            end++;
        }
        return end;
    }

    /// <summary>Two to four words, each a capitalised word that is not a title, a calendar word or a digit.</summary>
    private bool IsName(string text, IReadOnlyList<Token> t, int first, int last)
    {
        var words = 0;
        for (var k = first; k <= last; k++)
        {
            if (Hyphenated(text, t, k))
            {
                continue;
            }
            if (!Capitalised(text, t[k]) || t[k].Norm.Length < 2 || _data.PersonTitles.Contains(t[k].Norm) || _data.TitleFillers.Contains(t[k].Norm)
                || _data.Calendar.Weekdays.ContainsKey(t[k].Norm) || _data.Calendar.Months.HasMatchAt(t, k))
            {
                return false;
            }
            words++;
        }
        return words is >= 2 and <= MaxNameWords;
    }

    private static string NameAsWritten(string text, IReadOnlyList<Token> t, int first, int last) =>
        string.Join(' ', text[t[first].Start..t[last].End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool Capitalised(string text, Token token) => !token.IsArabic && char.IsUpper(text[token.Start]) && !char.IsDigit(token.Norm[0]);

    /// <summary>Only spaces, or a hyphen, between the word and the one before it.</summary>
    private static bool Joined(string text, IReadOnlyList<Token> t, int k)
    {
        for (var c = t[k - 1].End; c < t[k].Start; c++)
        {
            if (!char.IsWhiteSpace(text[c]) && text[c] != '-')
            {
                return false;
            }
        }
        return true;
    }

    private static bool Hyphenated(string text, IReadOnlyList<Token> t, int k) => k > 0 && t[k].Start == t[k - 1].End + 1 && text[t[k - 1].End] == '-';
}
