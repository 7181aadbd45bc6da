using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Timeline.Ingestion.Tests;

internal static class Http
{
    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string body, string contentType, string query = "") =>
        client.PostAsync("/api/v1/articles" + query, Content(body, contentType), TestContext.Current.CancellationToken);

    public static ByteArrayContent Content(string body, string contentType) => Bytes(Encoding.UTF8.GetBytes(body), contentType);

    public static ByteArrayContent Bytes(byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        return content;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;
}
