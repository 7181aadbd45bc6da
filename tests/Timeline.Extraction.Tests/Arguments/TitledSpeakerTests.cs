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

    [Fact]
    public void The_North_Korean_standing_alone_is_the_North_Korean_named_before()
    {
        var events = Stories.Extract("North Korean leader Kim Jong Un crossed into Russia on his armoured train on Tuesday. The North Korean was received by Oleg Kozhemyako, the governor of Primorsky Territory, at the border station.", "2023-09-13");
        var meeting = Assert.Single(events, e => e.Type == EventTypes.Meeting);
        Assert.Contains(meeting.Participants, p => p.Role == ParticipantRoles.Counterpart && p.Name == "Kim Jong Un");
    }

    [Fact]
    public void The_North_Korean_before_a_noun_stays_the_state()
    {
        var events = Stories.Extract("Kim Jong Un spoke to workers on Monday. The North Korean delegation was received by Oleg Kozhemyako on Tuesday in Vladivostok.", "2023-09-13");
        var meeting = Assert.Single(events, e => e.Type == EventTypes.Meeting);
        Assert.Contains(meeting.Participants, p => p.Name == "North Korea");
        Assert.DoesNotContain(meeting.Participants, p => p.Name == "Kim Jong Un");
    }
}
