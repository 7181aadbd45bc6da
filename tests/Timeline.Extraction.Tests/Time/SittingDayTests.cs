using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Time;

/// <summary>
/// What is said "at the session" («في الجلسة», "told the meeting") was said on the day the sitting was told to have been
/// held, even when the sentence telling that day tells no event of its own; sentences written for these tests.
/// </summary>
public class SittingDayTests
{
    [Fact]
    public void A_remark_made_in_the_session_takes_the_day_of_the_session_told_before()
    {
        var events = Stories.Extract("رفض مندوب كوريا الشمالية الإجابة عن سؤال بشأن جنود بلاده. وجاء ذلك ردا على سؤال طرحته المندوبة البريطانية أثناء جلسة المجلس التي عقدت الثلاثاء في نيويورك. واتهم المندوب الأمريكي في الجلسة كوريا الشمالية بإرسال جنود لدعم روسيا في حربها على أوكرانيا.", "2024-12-05");
        var accusation = Assert.Single(events, e => e.Type == EventTypes.Accusation);
        Assert.Equal("2024-12-03", accusation.Date?.Value);
    }

    [Fact]
    public void A_remark_made_during_the_meeting_takes_the_day_of_the_meeting_told_before()
    {
        var events = Stories.Extract("في اجتماع عقد يوم الاثنين بطلب من أوكرانيا، ناقش مجلس الأمن الدولي الحرب في أوكرانيا. وقال المندوب الروسي فاسيلي نيبينزيا خلال الاجتماع إن التعاون بين روسيا وكوريا الشمالية لا ينتهك أي قانون.", "2024-12-05");
        var remark = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal("2024-12-02", remark.Date?.Value);
    }

    [Fact]
    public void A_remark_told_to_the_meeting_takes_the_day_of_the_meeting_told_before()
    {
        var events = Stories.Extract("Ukraine asked for the Security Council meeting on Monday. At the council meeting, the Russian envoy Vasily Nebenzia said cooperation between Russia and North Korea broke no law.", "2024-12-05");
        var remark = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal("2024-12-02", remark.Date?.Value);
    }

    [Fact]
    public void A_remark_made_ahead_of_the_meeting_is_not_dated_by_it()
    {
        var events = Stories.Extract("Ukraine asked for the Security Council meeting on Monday. Ahead of the meeting, the Russian envoy Vasily Nebenzia said cooperation between Russia and North Korea broke no law.", "2024-12-05");
        var remark = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.NotEqual("2024-12-02", remark.Date?.Value);
    }
}
