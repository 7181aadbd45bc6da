using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Arguments;

/// <summary>
/// "The two leaders stressed", "Both leaderships voiced": a reference to the pair standing before a reporting verb is the
/// pair speaking, though the reference takes more than two words. Sentences written for these tests.
/// </summary>
public class PairSpeakerTests
{
    [Theory]
    [InlineData("Putin received Kim Jong Un in the Kremlin on Tuesday. The two leaders stressed that ties would keep growing.")]
    [InlineData("Kim Jong Un and Putin held talks in Pyongyang. The two leaderships voiced their resolve to honour the treaty.")]
    [InlineData("Putin hosted Kim Jong Un in Vladivostok. Both leaders have reaffirmed that the partnership is strategic.")]
    public void The_two_leaders_before_a_reporting_verb_are_both_speakers(string text)
    {
        var events = Stories.Extract(text, "2024-06-20");
        var statement = Assert.Single(events, e => e.Type == EventTypes.Statement);
        var speakers = statement.Participants.Where(p => p.Role == ParticipantRoles.Actor).Select(p => p.Name).ToList();
        Assert.Contains("Kim Jong Un", speakers);
        Assert.Contains("Vladimir Putin", speakers);
    }
}
