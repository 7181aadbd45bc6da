using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Arguments;

/// <summary>Who receives and who is received when a host's party or a pronoun stands for a side; sentences written for these tests.</summary>
public class ReceivingSideTests
{
    [Theory]
    [InlineData("A Russian military delegation led by Sergei Shoigu arrived in Pyongyang on Tuesday. The delegation was greeted by Kang Sun Nam, minister of National Defence of the DPRK, Jong Kyong Thaek, director of the KPA General Political Bureau, and other officers.")]
    [InlineData("Kim Jong Un and Kang Sun Nam received Sergei Shoigu in Pyongyang on Tuesday.")]
    public void People_of_the_host_side_named_together_receive_the_guest_with_the_host(string text)
    {
        var meeting = Assert.Single(Stories.Extract(text, "2023-07-26"), e => e.Type == EventTypes.Meeting);
        Assert.Equal("Sergei Shoigu", Assert.Single(meeting.Participants, p => p.Role == ParticipantRoles.Counterpart && p.Country == "RU").Name);
        Assert.DoesNotContain(meeting.Participants, p => p.Role == ParticipantRoles.Counterpart && p.Country == "KP");
        Assert.Contains(meeting.Participants, p => p.Name == "Kang Sun Nam" && p.Role == ParticipantRoles.Actor);
    }

    [Theory]
    [InlineData("A Russian government delegation led by Alexander Kozlov arrived in Pyongyang on Tuesday. It was greeted at the airport by Yun Jong Ho, the minister of external economic relations.")]
    [InlineData("A Russian government delegation led by Alexander Kozlov arrived in Pyongyang on Tuesday. It was welcomed by Yun Jong Ho.")]
    public void A_delegation_greeted_as_it_is_met_by_the_host(string text)
    {
        var meeting = Assert.Single(Stories.Extract(text, "2023-11-15"), e => e.Type == EventTypes.Meeting);
        Assert.Contains(meeting.Participants, p => p.Name == "Alexander Kozlov");
        Assert.Contains(meeting.Participants, p => p.Name == "Yun Jong Ho");
    }
}
