using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Time;

/// <summary>
/// What is to happen "later today" was said today: the remark takes the day even when nothing else dates it. Sentences
/// written for these tests; 2025-09-02 is a Tuesday.
/// </summary>
public class LaterTodayTests
{
    [Theory]
    [InlineData("Dmitry Peskov said that Putin would hold talks with Kim Jong Un in Beijing later today.")]
    [InlineData("Dmitry Peskov said that Putin would hold talks with Kim Jong Un in Beijing later on Tuesday.")]
    [InlineData("وأكد دميتري بيسكوف، الناطق باسم الكرملين الروسي، أن الرئيس بوتين سيجري محادثات مع كيم جونغ أون في العاصمة الصينية لاحقا اليوم الثلاثاء.")]
    public void A_remark_about_later_today_is_made_today(string text)
    {
        var events = Stories.Extract(text, "2025-09-02");
        var remark = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal("2025-09-02", remark.Date?.Value);
        var talks = Assert.Single(events, e => e.Type == EventTypes.Meeting);
        Assert.Equal(Modalities.Planned, talks.Modality);
    }

    [Fact]
    public void A_remark_about_a_day_to_come_is_not_dated_by_it()
    {
        var remark = Assert.Single(Stories.Extract("Dmitry Peskov said that Putin would meet Kim Jong Un in Beijing on Wednesday.", "2025-09-02"), e => e.Type == EventTypes.Statement);
        Assert.Equal("2025-09", remark.Date?.Value);
    }
}
