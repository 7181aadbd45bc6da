using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Time;

/// <summary>
/// The meeting a remark was made at («وذلك خلال لقاء», «جاء ذلك خلال لقائه») happened on the remark's day, with the one
/// who spoke; sentences written for these tests.
/// </summary>
public class RemarkOccasionTests
{
    [Fact]
    public void The_meeting_a_remark_was_made_at_in_the_same_sentence_takes_the_remark_s_day()
    {
        var events = Stories.Extract("أكدت وزيرة الخارجية الكورية الشمالية تشوي سون هوي، الجمعة، أن بلادها ستوسع الرحلات الجوية مع روسيا، وذلك خلال لقاء مع وزير الخارجية الروسي سيرغي لافروف في موسكو.", "2025-03-08");
        var meeting = Assert.Single(events, e => e.Type == EventTypes.Meeting);
        Assert.Equal("2025-03-07", meeting.Date?.Value);
        Assert.Contains(meeting.Participants, p => p.Name == "Sergey Lavrov");
    }

    [Fact]
    public void The_meeting_that_points_back_to_a_remark_is_the_speaker_s_on_the_remark_s_day()
    {
        var events = Stories.Extract("أكد الرئيس الروسي فلاديمير بوتين، الأربعاء، أن بلاده ستوسع الرحلات الجوية مع كوريا الشمالية. جاء ذلك خلال لقائه مع وزيرة الخارجية الكورية الشمالية تشوي سون هوي في الكرملين.", "2025-03-08");
        var meeting = Assert.Single(events, e => e.Type == EventTypes.Meeting);
        Assert.Equal("2025-03-05", meeting.Date?.Value);
        Assert.Contains(meeting.Participants, p => p.Name == "Vladimir Putin");
        Assert.Contains(meeting.Participants, p => p.Name == "Choe Son Hui");
    }

    [Fact]
    public void His_signing_told_after_a_remark_is_the_speaker_s()
    {
        var events = Stories.Extract("أكد الزعيم الكوري الشمالي كيم جونغ أون، الأربعاء، أن المعاهدة الجديدة مع روسيا ستحمي المنطقة. جاء ذلك بعد توقيعه المعاهدة مع الرئيس الروسي فلاديمير بوتين في بيونغ يانغ.", "2024-06-20");
        var signing = Assert.Single(events, e => e.Type == EventTypes.Agreement && e.Subtype == "signing");
        Assert.Contains(signing.Participants, p => p.Name == "Kim Jong Un");
        Assert.Contains(signing.Participants, p => p.Name == "Vladimir Putin");
    }
}
