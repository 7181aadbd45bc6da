using System.Buffers;
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
        var normalised = TextNormalizer.Normalize(story);
        // The normalised words joined by single spaces, written into pooled buffers: hashed as UTF-8, then split again for the SimHash.
        var chars = ArrayPool<char>.Shared.Rent(normalised.Length);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(normalised.Length));
        try
        {
            var joined = chars.AsSpan(0, JoinWords(normalised, chars));
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, Encoding.UTF8.GetBytes(joined, bytes)), digest);
            var hash = Convert.ToHexStringLower(digest);
            return new StoryFingerprint(hash, "art_" + hash[..24], SimHashOf(joined));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Number of differing bits.</summary>
    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    /// <summary>Writes the runs of letters and digits of <paramref name="normalised"/> to <paramref name="target"/>, one space between them; returns the length written.</summary>
    private static int JoinWords(string normalised, Span<char> target)
    {
        var length = 0;
        var inWord = false;
        foreach (var c in normalised)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord && length > 0)
                {
                    target[length++] = ' ';
                }
                target[length++] = c;
                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }
        return length;
    }

    private static ulong SimHashOf(ReadOnlySpan<char> joined)
    {
        if (joined.IsEmpty)
        {
            return 0;
        }
        Span<int> weights = stackalloc int[64];
        // Single words as features: a sentence added or dropped by a second outlet moves few bits,
        // while a different story on the same topic still differs in most of its vocabulary.
        foreach (var range in joined.Split(' '))
        {
            var h = Hash(joined[range]);
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

    private static ulong Hash(ReadOnlySpan<char> word)
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
