using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Timeline.Lexicon;

namespace Timeline.Ingestion.Parsing;

/// <summary>Content hash, article id and SimHash of a story, all computed on its normalised words so formatting does not matter.</summary>
/// <param name="ContentHash">SHA-256 (hex, lower case) of the normalised words.</param>
/// <param name="ArticleId">"art_" + the first 24 hex characters of the content hash.</param>
/// <param name="SimHash">64-bit SimHash over the words; close values mean near-identical stories.</param>
public sealed record StoryFingerprint(string ContentHash, string ArticleId, ulong SimHash)
{
    /// <summary>Largest Hamming distance between two SimHashes that still counts as the same story.</summary>
    public const int NearDuplicateDistance = 3;

    /// <summary>Fingerprints the story text (the original text; normalisation happens here).</summary>
    public static StoryFingerprint Of(string story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var words = Words(story);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ', words))));
        return new StoryFingerprint(hash, "art_" + hash[..24], SimHashOf(words));
    }

    /// <summary>Number of differing bits.</summary>
    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    private static List<string> Words(string story)
    {
        var normalised = TextNormalizer.Normalize(story);
        var words = new List<string>(normalised.Length / 5);
        var sb = new StringBuilder();
        foreach (var c in normalised)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }
        if (sb.Length > 0)
        {
            words.Add(sb.ToString());
        }
        return words;
    }

    private static ulong SimHashOf(List<string> words)
    {
        if (words.Count == 0)
        {
            return 0;
        }
        Span<int> weights = stackalloc int[64];
        // Single words as features: a sentence added or dropped by a second outlet moves few bits,
        // while a different story on the same topic still differs in most of its vocabulary.
        foreach (var word in words)
        {
            var h = Hash(word);
            for (var bit = 0; bit < 64; bit++)
            {
                weights[bit] += ((h >> bit) & 1) == 1 ? 1 : -1;
            }
        }
        ulong result = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0)
            {
                result |= 1UL << bit;
            }
        }
        return result;
    }

    private static ulong Hash(string word)
    {
        // FNV-1a, then a SplitMix64 finaliser so every output bit depends on every input bit.
        var h = 14695981039346656037UL;
        foreach (var c in word)
        {
            h = (h ^ c) * 1099511628211UL;
        }
        h ^= h >> 30;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 27;
        h *= 0x94D049BB133111EBUL;
        h ^= h >> 31;
        return h;
    }
}
