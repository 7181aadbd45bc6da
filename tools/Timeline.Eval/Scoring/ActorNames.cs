using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Timeline.Lexicon;

namespace Timeline.Eval.Scoring;

/// <summary>
/// Compares actor names as the people they denote, not as strings: a name the gazetteer knows becomes its id ("Sergei
/// Naryshkin" and "Sergey Naryshkin", "Kim Jong-un" and "Kim Jong Un"); any other name is folded for case, hyphens and
/// the common Russian transliteration endings ("Kang Sun-nam" = "Kang Sun Nam", "Andrei" = "Andrey").
/// </summary>
public static class ActorNames
{
    private static readonly ConcurrentDictionary<string, string> Keys = new(StringComparer.Ordinal);

    // Every known spelling folded, so that a variant the gazetteer lacks ("Sergey Naryshkin") still finds its entry.
    private static readonly Lazy<Dictionary<string, string>> FoldedAliases = new(() =>
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var actor in Gazetteer.Default.Actors)
        {
            foreach (var alias in actor.Aliases.Append(actor.Name))
            {
                index.TryAdd(Fold(alias), actor.Id);
            }
        }
        return index;
    });

    /// <summary>The key two spellings of the same actor share.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Keys.GetOrAdd(name, static n => Gazetteer.Default.Find(n)?.Id ?? (FoldedAliases.Value.TryGetValue(Fold(n), out var id) ? id : Fold(n)));
    }

    /// <summary>True when <paramref name="name"/> names one of <paramref name="names"/>.</summary>
    public static bool AmongNames(string name, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var key = Key(name);
        return names.Any(n => Key(n) == key);
    }

    /// <summary>How many of <paramref name="a"/> are named in <paramref name="b"/>.</summary>
    public static int Shared(IEnumerable<string> a, IEnumerable<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var keys = b.Select(Key).ToHashSet(StringComparer.Ordinal);
        return a.Select(Key).Distinct(StringComparer.Ordinal).Count(keys.Contains);
    }

    private static string Fold(string name)
    {
        var words = new StringBuilder(name.Length);
        foreach (var raw in name.ToLower(CultureInfo.InvariantCulture).Split([' ', '-', '‐', '–', '.', '\'', '’'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw;
            // Russian given names: -ei/-ey, -ai/-ay, -i/-y after consonant clusters (Sergei, Andrei, Nikolai, Dmitri, Yuri).
            if (w.EndsWith("ei", StringComparison.Ordinal) || w.EndsWith("ai", StringComparison.Ordinal) || w is "dmitri" or "yuri" or "grigori")
            {
                w = w[..^1] + "y";
            }
            words.Append(words.Length > 0 ? " " : "").Append(w);
        }
        return words.ToString();
    }
}
