using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Timeline.Extraction.Extraction.Events;

/// <summary>Deterministic mention ids: the same article, evidence span and type always give the same id.</summary>
public static class MentionIds
{
    /// <summary>"men_" + 24 hex characters of SHA-256 over the article id, the span and the type.</summary>
    public static string For(string articleId, int start, int end, string type, string? subtype)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{articleId}|{start}|{end}|{type}|{subtype}");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "men_" + Convert.ToHexStringLower(hash)[..24];
    }
}
