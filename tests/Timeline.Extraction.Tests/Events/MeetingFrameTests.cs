using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Events;

/// <summary>Who a meeting needs to be one between Russia and North Korea, on sentences written for these tests.</summary>
public class MeetingFrameTests
{
    [Theory]
    [InlineData("Vladimir Putin will meet Donald Trump in Alaska on Friday to discuss Ukraine and North Korea.", false)]
    [InlineData("Vladimir Putin will meet Kim Jong Un and Donald Trump in Vladivostok on Friday.", true)]
    public void A_meeting_of_people_from_two_states_is_about_the_pair_only_when_both_sides_are_among_them(string text, bool kept)
    {
        var events = Stories.Extract(text, "2025-08-11");
        Assert.Equal(kept, events.Any(e => e.Type == EventTypes.Meeting));
    }

    [Theory]
    [InlineData("Foreign Minister Choe Son Hui highlighted last month's meeting between the North's leader Kim Jong Un and Russian President Vladimir Putin in Beijing.")]
    [InlineData("Choe Son Hui recalled last month's talks between the North's leader Kim Jong Un and Vladimir Putin in Beijing.")]
    public void A_meeting_noun_followed_by_between_belongs_to_those_named_after_it(string text)
    {
        var meeting = Assert.Single(Stories.Extract(text, "2025-10-28"), e => e.Type == EventTypes.Meeting);

        Assert.Equal("Kim Jong Un", meeting.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(meeting.Participants, p => p.Name == "Vladimir Putin");
        Assert.DoesNotContain(meeting.Participants, p => p.Name == "Choe Son Hui");
    }

    [Theory]
    [InlineData("Putin met Choe Son Hui in Moscow on Monday. Also present at the meeting were Lavrov and presidential aide Yuri Ushakov.")]
    [InlineData("Putin met Choe Son Hui in Moscow on Monday. Lavrov and Yuri Ushakov also took part in the meeting.")]
    public void Two_people_of_one_side_present_at_a_meeting_do_not_meet_each_other(string text)
    {
        var meeting = Assert.Single(Stories.Extract(text, "2025-10-28"), e => e.Type == EventTypes.Meeting);
        Assert.Contains(meeting.Participants, p => p.Name == "Choe Son Hui");
    }
}
