using System.Text.RegularExpressions;
using Timeline.Extraction.Extraction.Actors;
using Timeline.Extraction.Extraction.Text;
using Timeline.Lexicon;

namespace Timeline.Extraction.Extraction.Document;

/// <summary>
/// The city a dateline opens the story with ("SEOUL:", "SEOUL (AP) —", «سيول - », "MOSCOW, June 19. /TASS/.") is where
/// the story was filed, not a party to it: "SEOUL: Belousov arrived in North Korea" is no South Korean visit.
/// </summary>
internal static partial class DatelinePlace
{
    // After the city: an optional date or place after a comma, an optional credit in brackets or slashes, then the dash
    // or colon that ends the dateline. With neither, the dash or colon must follow the city at once; a hyphen needs a
    // space after it, so that "Moscow-Pyongyang ties" keep their city.
    [GeneratedRegex(@"^\s*(?:,[^()/\n]{1,30}?)?(?:\s*\([^()\n]{1,30}\)|\s*/[^/\n]{1,20}/)?\s*(?:[–—:]|-(?=\s)|(?<=/)\s*\.)", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    /// <summary>The mentions without a city opening one of the story's first sentences as its dateline.</summary>
    public static List<ActorMention> Without(string body, Sentence sentence, List<ActorMention> mentions)
    {
        if (sentence.Index > 2 || mentions.Count == 0 || mentions[0] is not { First: 0, Actor.Kind: ActorKinds.Place } city)
        {
            return mentions;
        }
        var after = sentence.Tokens[city.Last].End;
        var rest = body.AsSpan(after, Math.Min(60, sentence.End - after));
        return Separator().IsMatch(rest) ? mentions[1..] : mentions;
    }
}
