using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Time;

/// <summary>
/// "Earlier, on March 21, Shoigu said during a meeting with Kim …", «وقبل ذلك، في 21 مارس، قال شويغو خلال لقائه كيم …»:
/// the meeting a remark was made at takes the day told before the reporting verb; sentences written for these tests.
/// </summary>
public class OccasionOfSayingTests
{
    [Fact]
    public void A_meeting_named_right_after_the_reporting_verb_takes_the_day_told_before_it()
    {
        var events = Stories.Extract("Earlier, on April 8, Shoigu said during a meeting with Kim Jong Un that Russia valued its treaty with North Korea.", "2025-06-17");
        var meeting = Assert.Single(events, e => e.Type == EventTypes.Meeting);
        Assert.Equal("2025-04-08", meeting.Date?.Value);
    }

    [Fact]
    public void An_arabic_meeting_named_right_after_qala_takes_the_day_told_before_it()
    {
        var events = Stories.Extract("وقبل ذلك، في 8 أبريل، قال شويغو خلال لقائه الزعيم الكوري الشمالي كيم جونغ أون إن روسيا تقدر معاهدتها مع كوريا الشمالية.", "2025-06-17");
        var meeting = Assert.Single(events, e => e.Type == EventTypes.Meeting);
        Assert.Equal("2025-04-08", meeting.Date?.Value);
    }

    [Fact]
    public void A_meeting_told_in_what_was_said_keeps_away_from_the_day_of_the_saying()
    {
        var events = Stories.Extract("Earlier, on April 8, Shoigu said that during a future meeting with Kim Jong Un Russia would propose new flights.", "2025-06-17");
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Meeting && e.Date?.Value == "2025-04-08");
    }
}
