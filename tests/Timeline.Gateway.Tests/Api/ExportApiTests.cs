using System.Net;
using System.Text;
using System.Text.Json;
using Timeline.Gateway.Tests.Fixtures;

namespace Timeline.Gateway.Tests.Api;

/// <summary>Exports of a query as JSON, CSV, iCalendar and PLOVER-style JSON.</summary>
public abstract class ExportApiTests(GatewayFixture fixture) : ApiTestBase(fixture)
{
    private async Task<(HttpResponseMessage Response, byte[] Body)> FetchAsync(HttpRequestMessage request)
    {
        var response = await Client.SendAsync(request, Ct);
        var body = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{request.RequestUri} -> {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}");
        return (response, body);
    }

    [Fact]
    public async Task Json_export_holds_every_matching_event_beyond_one_page()
    {
        var expected = await IdsAsync("/api/v1/events?country=KP&limit=5");
        var (response, body) = await FetchAsync(Get("/api/v1/events/export?country=KP&format=json"));
        using (response)
        {
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("timeline-events.json", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
            var ids = JsonDocument.Parse(body).RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
            Assert.Equal(expected, ids);
            Assert.True(ids.Count > 5);
        }
    }

    [Fact]
    public async Task Csv_export_has_a_header_and_one_row_per_event_with_Arabic_intact()
    {
        var (response, body) = await FetchAsync(Get("/api/v1/events/export?minSources=2&format=csv"));
        using (response)
        {
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal([0xEF, 0xBB, 0xBF], body[..3]);
            var text = Encoding.UTF8.GetString(body, 3, body.Length - 3);
            var rows = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith("id,version,date,precision,start,end,type,status,summary,actors", rows[0], StringComparison.Ordinal);
            Assert.Equal(3, rows.Length);
            var treaty = rows.Single(r => r.StartsWith(SeedTimeline.MultiSourceId, StringComparison.Ordinal));
            Assert.Contains(",2024-06-19,day,2024-06-19,2024-06-19,agreement,occurred,", treaty, StringComparison.Ordinal);
            Assert.Contains("Vladimir Putin; Kim Jong Un", treaty, StringComparison.Ordinal);
            Assert.Contains(",Moscow denies receiving North Korean artillery shells.,", text, StringComparison.Ordinal);
            Assert.Contains("نفى الكرملين تلقي قذائف مدفعية من كوريا الشمالية.", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Accept_text_csv_on_events_exports_the_whole_query()
    {
        var (response, body) = await FetchAsync(Get("/api/v1/events?type=visit&limit=1", ("Accept", "text/csv")));
        using (response)
        {
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            var rows = Encoding.UTF8.GetString(body).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal((await IdsAsync("/api/v1/events?type=visit")).Count + 1, rows.Length);
        }
    }

    [Fact]
    public async Task Ics_export_has_one_all_day_event_per_dated_event_with_folded_lines()
    {
        var (response, body) = await FetchAsync(Get("/api/v1/events/export?location=Pyongyang", ("Accept", "text/calendar")));
        using (response)
        {
            Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
            var text = Encoding.UTF8.GetString(body);
            Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", text, StringComparison.Ordinal);
            Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
            var expected = await IdsAsync("/api/v1/events?location=Pyongyang");
            Assert.Equal(expected.Count, text.Split("BEGIN:VEVENT").Length - 1);
            Assert.Contains($"UID:{SeedTimeline.MultiSourceId}@timeline\r\n", text, StringComparison.Ordinal);
            Assert.Contains("DTSTART;VALUE=DATE:20240619\r\nDTEND;VALUE=DATE:20240620\r\n", text, StringComparison.Ordinal);
            Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
            var unfolded = text.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
            Assert.Contains("بوتين وكيم يوقعان اتفاقية للدفاع المشترك", unfolded, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Plover_export_maps_types_and_actors()
    {
        var (response, body) = await FetchAsync(Get($"/api/v1/events/export?format=plover&minSources=3"));
        using (response)
        {
            var records = JsonDocument.Parse(body).RootElement.EnumerateArray().ToList();
            var treaty = Assert.Single(records);
            Assert.Equal(SeedTimeline.MultiSourceId, treaty.GetProperty("event_id").GetString());
            Assert.Equal("AGREE", treaty.GetProperty("event_type").GetString());
            Assert.Equal("Vladimir Putin", treaty.GetProperty("actor").GetString());
            Assert.Equal("Kim Jong Un", treaty.GetProperty("recipient").GetString());
            Assert.Equal("KP", treaty.GetProperty("recipient_country").GetString());
            Assert.Equal(3, treaty.GetProperty("sources").GetArrayLength());
        }
        var meeting = JsonDocument.Parse((await FetchAsync(Get("/api/v1/events/export?format=plover&type=meeting"))).Body).RootElement;
        Assert.All(meeting.EnumerateArray(), r => Assert.Equal("CONSULT", r.GetProperty("event_type").GetString()));
    }
}

[Collection("gateway")]
public sealed class SqliteExportApiTests(SqliteGatewayFixture fixture) : ExportApiTests(fixture), IClassFixture<SqliteGatewayFixture>;

[Collection("gateway")]
public sealed class MongoExportApiTests(MongoGatewayFixture fixture) : ExportApiTests(fixture), IClassFixture<MongoGatewayFixture>;

/// <summary>CSV cells taken from articles: quoting, and formulas a spreadsheet would run.</summary>
[Collection("gateway")]
public sealed class CsvCellTests
{
    [Fact]
    public async Task Csv_quotes_cells_with_commas_or_quotes_and_prefixes_a_formula_so_a_spreadsheet_shows_it_as_text()
    {
        await using var host = await GatewayHost.StartAsync(StoreKind.Sqlite, seed: false);
        var e = SeedTimeline.NewEvent("evt_csvcell00000000000000001", "=HYPERLINK(\"x\"),a \"b\"", "قال \"المصدر\"، إن الزيارة تمت, أمس", host.Actors);
        Assert.True(await host.Store.TryInsertAsync(e, TestContext.Current.CancellationToken));

        var text = await host.Client.GetStringAsync("/api/v1/events/export?format=csv", TestContext.Current.CancellationToken);

        var row = text.Split("\r\n").Single(r => r.StartsWith(e.Id, StringComparison.Ordinal));
        Assert.Contains(",occurred,\"'=HYPERLINK(\"\"x\"\"),a \"\"b\"\"\",Sergey Lavrov; Choe Son Hui,", row, StringComparison.Ordinal);
        Assert.EndsWith(",\"قال \"\"المصدر\"\"، إن الزيارة تمت, أمس\"", row, StringComparison.Ordinal);
    }
}
