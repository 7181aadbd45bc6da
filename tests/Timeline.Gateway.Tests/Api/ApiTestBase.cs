using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Timeline.Gateway.Tests.Fixtures;

namespace Timeline.Gateway.Tests.Api;

/// <summary>Helpers shared by the API tests; the store behind the host is the fixture's adapter.</summary>
public abstract class ApiTestBase(GatewayFixture fixture)
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected GatewayHost Host
    {
        get
        {
            Assert.SkipUnless(fixture.Available, "MONGODB_URI is not set: the MongoDB adapter variant needs a MongoDB server.");
            return fixture.Host;
        }
    }

    protected HttpClient Client => Host.Client;

    protected async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await Client.GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} -> {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Ids of every event the query returns, following nextCursor.</summary>
    protected async Task<List<string>> IdsAsync(string url)
    {
        var ids = new List<string>();
        string? cursor = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var page = await GetJsonAsync(cursor is null ? url : With(url, "cursor=" + Uri.EscapeDataString(cursor)));
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()!));
            if (page.GetProperty("nextCursor").ValueKind == JsonValueKind.Null)
            {
                return ids;
            }
            cursor = page.GetProperty("nextCursor").GetString();
        }
        throw new InvalidOperationException("more than 100 pages");
    }

    protected static string With(string url, string parameter) => url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + parameter;

    protected async Task<List<JsonElement>> ItemsAsync(string url) =>
        [.. (await GetJsonAsync(url)).GetProperty("items").EnumerateArray()];

    /// <summary>Asserts a 400 problem+json naming <paramref name="parameter"/>.</summary>
    protected async Task AssertValidationProblemAsync(string url, string parameter)
    {
        using var response = await Client.GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"GET {url} -> {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), $"no error for '{parameter}' in {body}");
        Assert.NotEqual(0, messages.GetArrayLength());
    }

    protected static HttpRequestMessage Get(string url, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers)
        {
            if (name == "Accept")
            {
                request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(value));
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }
        return request;
    }
}
