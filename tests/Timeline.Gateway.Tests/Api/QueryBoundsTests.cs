using System.Net;
using System.Text.Json;
using Timeline.Gateway.Tests.Fixtures;

namespace Timeline.Gateway.Tests.Api;

/// <summary>Dates at the calendar's edge are refused with 400 problem+json on every endpoint that filters by date.</summary>
[Collection("gateway")]
public sealed class QueryBoundsTests(SqliteGatewayFixture fixture) : IClassFixture<SqliteGatewayFixture>
{
    [Theory]
    [InlineData("/api/v1/events?to=9999")]
    [InlineData("/api/v1/events?to=9999-12")]
    [InlineData("/api/v1/events?from=9999-12-31")]
    [InlineData("/api/v1/events?from=2023&to=9999")]
    [InlineData("/api/v1/events/export?format=csv&to=9999")]
    [InlineData("/api/v1/events/export?format=ics&from=9999-01")]
    [InlineData("/api/v1/actors/Lavrov/events?to=9999")]
    [InlineData("/api/v1/stats?to=9999")]
    public async Task A_date_in_the_calendars_last_year_is_400_problem_not_500(string url)
    {
        using var response = await fixture.Host.Client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/events?to=9998")]
    [InlineData("/api/v1/events?to=2024-02")]
    public async Task The_end_of_a_month_or_year_is_its_last_day(string url)
    {
        using var response = await fixture.Host.Client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
