using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Arguments;

/// <summary>Who speaks or acts when a title is followed by a name, or an English verb is coordinated; sentences written for these tests.</summary>
public class TitledSpeakerTests
{
    [Theory]
    [InlineData("وأوضح السفير الروسي في بيونغ يانغ، ألكسندر ماتسيغورا، الأحد، أن العلاقات بين موسكو وبيونغ يانغ تتطور بسرعة.", "Alexander Matsegora")]
    [InlineData("قالت وزيرة الخارجية في كوريا الشمالية، تشوي سون هي، الاثنين، إن بلادها ستدعم روسيا دائما.", "Choe Son Hui")]
    public void The_person_named_after_a_title_is_the_speaker_not_the_state_inside_the_title(string text, string speaker)
    {
        var statement = Assert.Single(Stories.Extract(text, "2024-02-12"), e => e.Type == EventTypes.Statement);
        Assert.Equal(speaker, statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Fact]
    public void A_verb_after_and_goes_on_with_the_subject_of_the_verb_before()
    {
        var events = Stories.Extract("Russian Foreign Minister Sergey Lavrov thanked Pyongyang for backing Russia's war in Ukraine, and alleged that Washington was arming the region.", "2023-10-20");
        Assert.DoesNotContain(events, e => e.Participants.Any(p => p.Role == ParticipantRoles.Actor && p.Name == "Ukraine"));
        var statement = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal("Sergey Lavrov", statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }
}
