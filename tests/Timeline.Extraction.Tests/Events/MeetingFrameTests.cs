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
    [InlineData("Foreign Minister Choe Son Hui on Monday hailed last month's meeting between Kim Jong Un and Vladimir Putin in Beijing.")]
    [InlineData("Lavrov recalled the summit between Putin and Kim Jong Un in Vostochny in September 2023.")]
    public void A_meeting_noun_followed_by_between_belongs_to_those_named_after_it(string text)
    {
        var meeting = Assert.Single(Stories.Extract(text, "2025-10-28"), e => e.Type == EventTypes.Meeting);

        Assert.Equal(["Kim Jong Un", "Vladimir Putin"], meeting.Participants.Where(p => p.Role is ParticipantRoles.Actor or ParticipantRoles.Counterpart && p.ActorId.StartsWith('Q')).Select(p => p.Name).Order());
    }
}
