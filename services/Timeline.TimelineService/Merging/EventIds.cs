using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Timeline.TimelineService.Merging;

/// <summary>New event ids: "evt_" + 26 Crockford base32 characters (48-bit time then 80 random bits, like a ULID), sortable by creation.</summary>
public static class EventIds
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    /// <summary>A new id for an event created at <paramref name="now"/>.</summary>
    public static string New(DateTimeOffset now)
    {
        Span<byte> bytes = stackalloc byte[16];
        var ms = (ulong)now.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(ms >> (8 * (5 - i)));
        }
        RandomNumberGenerator.Fill(bytes[6..]);
        // 128 bits as 26 base32 digits: the first digit carries the top 3 bits.
        var value = BinaryPrimitives.ReadUInt128BigEndian(bytes);
        Span<char> chars = stackalloc char[26];
        for (var i = 25; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }
        return "evt_" + new string(chars);
    }
}
