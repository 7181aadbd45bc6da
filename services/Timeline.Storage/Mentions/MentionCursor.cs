using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Timeline.Contracts;

namespace Timeline.Storage;

/// <summary>The opaque cursor of a mention page: the (report key, mention id) of the page's last mention.</summary>
internal readonly record struct MentionCursor(long ReportKey, string MentionId)
{
    public static long KeyOf(Mention m) => MentionSample.ReportKey(m);

    public static MentionCursor After(Mention m) => new(KeyOf(m), m.MentionId);

    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"m|{ReportKey}|{MentionId}")));

    public static MentionCursor? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|', 3);
            if (parts.Length == 3 && parts[0] == "m" && parts[2].Length > 0
                && long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var key))
            {
                return new MentionCursor(key, parts[2]);
            }
        }
        catch (FormatException)
        {
            // Falls through to the argument error below.
        }
        throw new ArgumentException("The cursor is not one this API issued.", nameof(cursor));
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for a page size outside 1..<see cref="MentionSample.MaxPageSize"/>.</summary>
    public static void CheckLimit(int limit)
    {
        if (limit < 1 || limit > MentionSample.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, $"A mention page holds 1 to {MentionSample.MaxPageSize} mentions.");
        }
    }
}
