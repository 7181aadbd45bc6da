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
}
