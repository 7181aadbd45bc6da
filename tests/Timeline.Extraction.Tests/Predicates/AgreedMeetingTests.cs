using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>
/// A meeting or visit the sides agreed on ("agreed to hold a summit", «اتفقتا على عقد اللقاء») is still to come,
/// and its month is the coming one; the agreeing itself happened. Sentences written for these tests.
/// </summary>
public class AgreedMeetingTests
{
    [Theory]
    [InlineData("Pyongyang and Moscow agreed on Friday to hold their next summit in November.")]
    [InlineData("وقال ألكسندر كوزلوف إن موسكو وبيونغ يانغ اتفقتا على عقد اللقاء المقبل للجنة في نوفمبر.")]
    [InlineData("واتفقت روسيا وكوريا الشمالية على عقد قمة بين الزعيمين في نوفمبر.")]
    public void A_meeting_agreed_on_is_planned_for_the_coming_month(string text)
    {
        var meeting = Assert.Single(Stories.Extract(text, "2023-09-17"), e => e.Type == EventTypes.Meeting);

        Assert.Equal(Modalities.Planned, meeting.Modality);
        Assert.Equal("2023-11", meeting.Date?.Value);
    }

    [Fact]
    public void The_month_of_the_report_that_they_agreed_stays_past()
    {
        var agreement = Assert.Single(Stories.Extract("Pyongyang's news agency said in September that Moscow and Pyongyang had agreed to meet.", "2023-10-08"),
            e => e.Type == EventTypes.Agreement);

        Assert.Equal("2023-09", agreement.Date?.Value);
    }
}
