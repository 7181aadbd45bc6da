using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>
/// "Welcomed" with a person, an office or a delegation as its object is a reception, so a meeting; welcoming a decision
/// or a thing stays praise. Sentences written for these tests.
/// </summary>
public class WelcomedInPersonTests
{
    [Theory]
    [InlineData("Choe Son Hui welcomed Lavrov in Pyongyang on Monday.", "Choe Son Hui", "Sergey Lavrov")]
    [InlineData("Kim Jong Un warmly welcomed the Russian defence minister at the airport on Monday.", "Kim Jong Un", "Andrei Belousov")]
    [InlineData("Vladimir Putin welcomes Kim Jong Un at the spaceport.", "Vladimir Putin", "Kim Jong Un")]
    public void Welcoming_a_person_is_meeting_them(string text, string host, string guest)
    {
        var events = Stories.Extract(text, "2025-03-04");
        var meeting = Assert.Single(events, e => e.Type == EventTypes.Meeting);
        Assert.Equal(host, meeting.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(meeting.Participants, p => p.Name == guest);
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Statement);
    }

    [Theory]
    [InlineData("Kim Jong Un welcomed Russia's support for his country on Monday.")]
    [InlineData("The North Korean foreign ministry welcomed the new flights to Moscow on Monday.")]
    public void Welcoming_a_deed_or_a_thing_is_no_meeting(string text)
    {
        Assert.DoesNotContain(Stories.Extract(text, "2025-03-04"), e => e.Type == EventTypes.Meeting);
    }
}
