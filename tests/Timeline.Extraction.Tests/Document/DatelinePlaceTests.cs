using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Document;

/// <summary>The city of a dateline tells where the story was filed, never who took part in it.</summary>
public class DatelinePlaceTests
{
    [Theory]
    [InlineData("SEOUL: Russia's defence minister Andrei Belousov flew into North Korea on Friday for talks with army leaders.")]
    [InlineData("SEOUL (AP) — Russia's defence minister Andrei Belousov flew into North Korea on Friday for talks with army leaders.")]
    [InlineData("SEOUL, Nov 29 (Reuters) - Russia's defence minister Andrei Belousov flew into North Korea on Friday for talks with army leaders.")]
    [InlineData("سيول - وصل وزير الدفاع الروسي أندريه بيلوسوف إلى كوريا الشمالية يوم الجمعة لإجراء محادثات مع قادة الجيش.")]
    public void The_city_opening_a_dateline_is_no_party_to_the_story(string text)
    {
        var events = Stories.Extract(text, "2024-11-29");
        var visit = Assert.Single(events, e => e.Type == EventTypes.Visit);
        Assert.Equal("Andrei Belousov", visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.DoesNotContain(events, e => e.Participants.Any(p => p.Name == "South Korea"));
    }

    [Fact]
    public void A_city_opening_a_sentence_without_a_dateline_keeps_its_part()
    {
        var events = Stories.Extract("Moscow has invited North Korean leader Kim Jong Un to visit Russia next year, the Kremlin said on Friday.", "2024-11-29");
        var invitation = Assert.Single(events, e => e.Type == EventTypes.Invitation);
        Assert.Equal("Russia", invitation.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }
}
