using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Arguments;

/// <summary>A bare English title set off after a name, without "the", stays inside its clause; sentences written for these tests.</summary>
public class BareTitleTests
{
    [Theory]
    [InlineData("Sergei Shoigu, Secretary of the Russian Federation's Security Council, visited Pyongyang on Friday.", EventTypes.Visit, "Sergei Shoigu")]
    [InlineData("Sergei Shoigu, secretary of the Security Council of the Russian Federation, visited Pyongyang on Friday.", EventTypes.Visit, "Sergei Shoigu")]
    [InlineData("Choe Son Hui, foreign minister of the Democratic People's Republic of Korea, met Sergey Lavrov in Moscow on Friday.", EventTypes.Meeting, "Choe Son Hui")]
    public void The_named_person_before_a_bare_title_acts(string text, string type, string actor)
    {
        var events = Stories.Extract(text, "2024-09-14");
        var e = Assert.Single(events, e => e.Type == type);
        Assert.Equal(actor, e.Participants.First(p => p.Role == ParticipantRoles.Actor).Name);
    }
}
