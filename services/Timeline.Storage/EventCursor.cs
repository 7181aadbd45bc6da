using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Timeline.Storage;

/// <summary>The opaque paging cursor: the (sort key, id) of the last event of a page.</summary>
internal readonly record struct EventCursor(int SortKey, string Id)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{SortKey}|{Id}")));

    public static EventCursor? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            if (bar > 0 && int.TryParse(text.AsSpan(0, bar), NumberStyles.Integer, CultureInfo.InvariantCulture, out var key) && bar < text.Length - 1)
            {
                return new EventCursor(key, text[(bar + 1)..]);
            }
        }
        catch (FormatException)
        {
            // Falls through to the argument error below.
        }
        throw new ArgumentException("The cursor is not one this API issued.", nameof(cursor));
    }
}
