using System.Net;
using Timeline.Gateway.Tests.Fixtures;

namespace Timeline.Gateway.Tests.Api;

/// <summary>Seeded random query strings on every read endpoint: never a 500, and every refusal is problem+json.</summary>
[Collection("gateway")]
public sealed class QueryFuzzTests(SqliteGatewayFixture fixture) : IClassFixture<SqliteGatewayFixture>
{
    private static readonly string[] Paths =
        ["/api/v1/events", "/api/v1/events/export", "/api/v1/actors/Lavrov/events", "/api/v1/stats", "/api/v1/actors", "/api/v1/events/evt_x"];

    private static readonly string[] Names =
        ["from", "to", "actor", "country", "type", "status", "location", "minSources", "q", "asOf", "sort", "limit", "cursor", "format", "x", "FROM", "from[]", ""];

    private static readonly string[] Values =
    [
        "", "9999", "9999-12", "9999-12-31", "0001", "0000-01-01", "2024-02-30", "2024-13", "2023", "2023-10", "2024-06-19", "-1", "0", "501",
        "2147483648", "99999999999999999999", "1e9", "NaN", "Lavrov", "لافروف", "Napoleon", "RU", "XX", "meeting", "nope", "occurred", "retired",
        "-date", "date", "json", "csv", "ics", "plover", "xml", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00+14:00", "2024-06-19T25:00:00Z",
        "%00", "%FF%FE", "%E2%80%AE", "a%2Cb%2C%2C", new string('q', 3000), "eyJ4IjoxfQ", "!!!!", "%", "%zz", "+", "..%2F..%2F",
    ];

    [Fact(Timeout = 240_000)]
    public async Task Fuzzed_query_strings_never_get_a_500_and_every_refusal_is_problem_json()
    {
        var random = new Random(20261203);
        var failures = new List<string>();

        for (var i = 0; i < 600; i++)
        {
            var query = string.Join('&', Enumerable.Range(0, random.Next(0, 5)).Select(_ => $"{Names[random.Next(Names.Length)]}={Values[random.Next(Values.Length)]}"));
            var url = Paths[random.Next(Paths.Length)] + (query.Length > 0 ? "?" + query : "");
            using var response = await fixture.Host.Client.GetAsync(url, TestContext.Current.CancellationToken);

            var status = (int)response.StatusCode;
            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
            if (status >= 500 || (status >= 400 && !problem))
            {
                failures.Add($"{(int)response.StatusCode} {response.Content.Headers.ContentType} for {url[..Math.Min(url.Length, 200)]}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
