using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Discourse;

/// <summary>
/// "He added that …", «وأضاف أن …» after a sentence in which one person acted on another: the one who acted goes on
/// speaking, not the person named last. Sentences written for these tests.
/// </summary>
public class SpeakerGoesOnTests
{
    [Theory]
    [InlineData("Kim Jong Un received Putin at the Kumsusan guesthouse. He added that North Korea would always side with Russia.", "Kim Jong Un")]
    [InlineData("Putin hosted Kim Jong Un at the Vostochny space centre. He said that Russia would help North Korea with satellites.", "Vladimir Putin")]
    [InlineData("استقبل كيم جونغ أون الرئيس بوتين في بيونغ يانغ. وأضاف أن كوريا الشمالية ستقف دائما إلى جانب روسيا.", "Kim Jong Un")]
    public void The_one_who_acted_goes_on_speaking(string text, string speaker)
    {
        var events = Stories.Extract(text, "2024-06-19");
        var statement = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal(speaker, statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }
}
