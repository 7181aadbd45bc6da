using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>
/// A pledge named as a noun, with its giver named by "by" or a possessive ("a pledge by Kim to", "Kim's vow to"), is a
/// pledge given; the noun alone is only talked about. Sentences written for these tests.
/// </summary>
public class PledgeNounTests
{
    [Theory]
    [InlineData("The trip comes weeks after a pledge by Kim Jong Un to take military ties with Moscow further.", "Kim Jong Un")]
    [InlineData("Kim's vow to fight alongside Russia alarmed Seoul.", "Kim Jong Un")]
    [InlineData("Talks opened in Wonsan soon after Putin's promise of help for North Korea's satellite programme.", "Vladimir Putin")]
    public void A_pledge_whose_giver_is_named_is_a_pledge_by_the_giver(string text, string giver)
    {
        var events = Stories.Extract(text, "2024-10-02");
        var pledge = Assert.Single(events, e => e.Type == EventTypes.Statement && e.Subtype == "pledge");
        Assert.Equal(giver, pledge.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal("2024-10", pledge.Date?.Value);
    }
}
