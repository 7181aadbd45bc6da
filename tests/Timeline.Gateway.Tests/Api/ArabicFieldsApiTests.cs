using System.Text.Json;
using Timeline.Contracts;
using Timeline.Gateway.Tests.Fixtures;

namespace Timeline.Gateway.Tests.Api;

/// <summary>Events, participants and actors carry Arabic text beside the English, in every JSON the gateway writes.</summary>
[Collection("gateway")]
public sealed class ArabicFieldsApiTests(SqliteGatewayFixture fixture) : ApiTestBase(fixture), IClassFixture<SqliteGatewayFixture>
{
    [Fact]
    public async Task An_event_has_an_Arabic_summary_place_and_participant_names_beside_the_English()
    {
        var e = await GetJsonAsync($"/api/v1/events/{SeedTimeline.MultiSourceId}");
        Assert.Equal("Putin and Kim sign a comprehensive strategic partnership treaty in Pyongyang.", e.GetProperty("summary").GetString());
        Assert.Equal("توقيع اتفاق بين فلاديمير بوتين وكيم جونغ أون في بيونغ يانغ.", e.GetProperty("summaryAr").GetString());
        Assert.Equal("بيونغ يانغ", e.GetProperty("locationAr").GetString());
        Assert.Equal(["فلاديمير بوتين", "كيم جونغ أون"], e.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("nameAr").GetString()));
    }

    [Fact]
    public async Task Every_listed_event_has_an_Arabic_summary()
    {
        var items = await ItemsAsync("/api/v1/events?limit=500");
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Matches(@"^[\u0600-\u06FF]", i.GetProperty("summaryAr").GetString()!));
        var denied = items.Single(i => i.GetProperty("id").GetString() == SeedTimeline.DeniedId);
        Assert.Equal("منفي: تعاون عسكري بين روسيا وكوريا الشمالية في موسكو.", denied.GetProperty("summaryAr").GetString());
    }

    [Fact]
    public async Task Actors_are_listed_with_their_Arabic_name()
    {
        var actors = (await GetJsonAsync("/api/v1/actors")).GetProperty("items").EnumerateArray().ToList();
        var lavrov = actors.Single(a => a.GetProperty("id").GetString() == Host.Actors.Resolve("Lavrov")!.Id);
        Assert.Equal("سيرغي لافروف", lavrov.GetProperty("nameAr").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_Arabic_fields()
    {
        var document = await GetJsonAsync("/openapi/v1.json");
        var schemas = document.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.GetProperty("TimelineEvent").GetProperty("properties").TryGetProperty("summaryAr", out _), "summaryAr in the TimelineEvent schema");
        Assert.True(schemas.GetProperty("Participant").GetProperty("properties").TryGetProperty("nameAr", out _), "nameAr in the Participant schema");
    }

    [Fact]
    public async Task Stream_messages_carry_the_Arabic_summary()
    {
        await using var host = await GatewayHost.StartAsync(StoreKind.Sqlite, seed: false);
        await using var stream = await SseReader.OpenAsync(host.Client, "/api/v1/stream", null, Ct);
        await stream.NextAsync("the ready event");
        var created = SeedTimeline.NewEvent("evt_arabicstream00000000001", "Lavrov meets Choe Son Hui in Moscow.", "التقى لافروف تشوي سون هوي في موسكو.", host.Actors);
        await host.PublishAsync(new TimelineEventCreated { Event = created });

        var message = await stream.NextAsync("the created event");
        var e = JsonDocument.Parse(message.Data).RootElement.GetProperty("event");
        Assert.Equal("لقاء بين سيرغي لافروف وتشوي سون هوي في موسكو.", e.GetProperty("summaryAr").GetString());
    }
}
