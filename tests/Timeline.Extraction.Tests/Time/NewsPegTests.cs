using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Time;

/// <summary>The article's news peg dates the undated remarks of the two sides and their other meetings; sentences written for these tests.</summary>
public class NewsPegTests
{
    [Theory]
    [InlineData("Kim Jong Un received Sergei Shoigu in Pyongyang on Friday. Kremlin spokesman Dmitry Peskov said relations between Russia and North Korea were developing quickly.", "Dmitry Peskov")]
    [InlineData("استقبل كيم جونغ أون سيرغي شويغو في بيونغ يانغ يوم الجمعة. وقال المتحدث باسم الكرملين دميتري بيسكوف إن العلاقات بين روسيا وكوريا الشمالية تتطور بسرعة.", "Dmitry Peskov")]
    public void An_undated_remark_by_one_of_the_two_sides_is_dated_to_the_news_peg(string text, string speaker)
    {
        var events = Stories.Extract(text, "2025-03-22");
        var remark = Assert.Single(events, e => e.Type == EventTypes.Statement && e.Participants.Any(p => p.Role == ParticipantRoles.Actor && p.Name == speaker));
        Assert.Equal("2025-03-21", remark.Date?.Value);
    }

    [Fact]
    public void An_undated_remark_by_a_third_state_keeps_the_publication_month()
    {
        var events = Stories.Extract(
            "Kim Jong Un received Sergei Shoigu in Pyongyang on Friday. The US State Department said it was watching relations between Russia and North Korea closely.",
            "2025-03-22");
        var remark = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal("2025-03", remark.Date?.Value);
    }

    [Fact]
    public void A_peg_from_the_month_before_publication_dates_nothing_else()
    {
        var events = Stories.Extract(
            "Kim Jong Un received Sergei Shoigu in Pyongyang on Friday. Kremlin spokesman Dmitry Peskov said relations between Russia and North Korea were developing quickly.",
            "2025-04-01");
        var remark = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal("2025-04", remark.Date?.Value);
    }

    [Theory]
    [InlineData("أكد فياتشيسلاف فولودين في بيونغ يانغ اليوم الخميس أن روسيا لن تنسى دعم كوريا الشمالية. وأضاف فولودين، أثناء لقائه تشوي ريونغ هاي، أن العلاقات بين البلدين قوية.")]
    [InlineData("Vyacheslav Volodin said in Pyongyang on Thursday that Russia would not forget North Korea's support. Volodin added, during his meeting with Choe Ryong Hae, that ties between the two countries were strong.")]
    public void A_meeting_named_where_its_person_goes_on_speaking_is_the_occasion_of_the_dated_remark(string text)
    {
        var events = Stories.Extract(text, "2025-08-14");
        var meeting = Assert.Single(events, e => e.Type == EventTypes.Meeting);
        Assert.Equal("2025-08-14", meeting.Date?.Value);
    }
}
