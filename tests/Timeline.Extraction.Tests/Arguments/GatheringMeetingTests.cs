using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Arguments;

/// <summary>A meeting «جمع» (that brought together) those named after it is theirs alone; sentences written for these tests.</summary>
public class GatheringMeetingTests
{
    [Fact]
    public void The_meeting_that_brought_two_together_is_theirs_not_the_statement_s_issuer()
    {
        var meeting = Assert.Single(Stories.Extract("وجاء ذلك بحسب بيان أصدرته وزارة الدفاع الروسية عقب لقاء جمع بيلوسوف بنظيره الكوري الشمالي نو كوانغ تشول في بيونغ يانغ.", "2024-11-30"),
            e => e.Type == EventTypes.Meeting);
        Assert.Equal("Andrei Belousov", meeting.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(meeting.Participants, p => p.Name == "No Kwang Chol");
        Assert.DoesNotContain(meeting.Participants, p => p.Name == "Russian Defence Ministry");
    }
}
