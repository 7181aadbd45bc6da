using System.Text.Json;

namespace Timeline.Storage;

/// <summary>The JSON form of stored documents (camelCase, as the API shows them).</summary>
internal static class StorageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
