using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>"is to meet", "are to hold talks", "was due to hold talks": an arrangement, so a planned meeting. Sentences written for these tests.</summary>
public class ArrangedMeetingTests
{
    [Theory]
    [InlineData("Sergey Lavrov is to meet Choe Son Hui in Pyongyang, the ministry said.")]
    [InlineData("Sergey Lavrov and Choe Son Hui are to hold talks in Moscow, the ministry said.")]
    [InlineData("Sergey Lavrov landed in Pyongyang and was due to hold talks with Choe Son Hui.")]
    public void A_meeting_someone_is_to_hold_is_planned(string text)
    {
        var meeting = Assert.Single(Stories.Extract(text, "2025-03-04"), e => e.Type == EventTypes.Meeting);
        Assert.Equal(Modalities.Planned, meeting.Modality);
    }

    [Fact]
    public void A_meeting_someone_came_to_hold_stays_held()
    {
        var meeting = Assert.Single(Stories.Extract("Sergey Lavrov came to Pyongyang to meet Choe Son Hui on Monday.", "2025-03-04"), e => e.Type == EventTypes.Meeting);
        Assert.Equal(Modalities.Occurred, meeting.Modality);
    }
}
