using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Discourse;

/// <summary>"The guest" is the visitor the article told of, "the host" the one who received him; sentences written for these tests.</summary>
public class GuestAndHostTests
{
    [Theory]
    [InlineData("Kim Jong Un arrived at the Vostochny cosmodrome on Wednesday, where Putin received him. The guest thanked Putin for the invitation.")]
    [InlineData("وصل كيم جونغ أون إلى قاعدة فوستوتشني الفضائية يوم الأربعاء، حيث استقبله بوتين. وشكر الضيف بوتين على الدعوة.")]
    [InlineData("وصل كيم جونغ أون إلى قاعدة فوستوتشني الفضائية يوم الأربعاء، حيث استقبله بوتين. وشكر الضيف المضيف على الدعوة.")]
    public void The_guest_who_thanks_is_the_visitor_and_the_host_the_one_thanked(string text)
    {
        var thanks = Assert.Single(Stories.Extract(text, "2023-09-14"), e => e.Type == EventTypes.Statement);
        Assert.Equal("Kim Jong Un", thanks.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(thanks.Participants, p => p.Name == "Vladimir Putin");
    }
}
