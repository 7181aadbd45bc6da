using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Arguments;

/// <summary>
/// An Arabic verb in the dual tells what two did together: the two sides of the meeting just told, or the two named
/// before it; sentences written for these tests.
/// </summary>
public class DualVerbTests
{
    [Theory]
    [InlineData("استقبل الزعيم الكوري الشمالي كيم جونغ أون وزير الدفاع الروسي أندريه بيلوسوف يوم الخميس واتفقا على توسيع التدريبات المشتركة.", EventTypes.Agreement)]
    [InlineData("استقبل الزعيم الكوري الشمالي كيم جونغ أون وزير الدفاع الروسي أندريه بيلوسوف يوم الخميس في بيونغ يانغ. وتعهدا بتوسيع التدريبات المشتركة.", EventTypes.Statement)]
    public void A_dual_verb_after_a_meeting_is_done_by_both_sides_of_it(string text, string type)
    {
        var done = Assert.Single(Stories.Extract(text, "2025-02-14"), e => e.Type == type);
        var actors = done.Participants.Where(p => p.Role == ParticipantRoles.Actor).Select(p => p.Name).ToList();
        Assert.Contains("Kim Jong Un", actors);
        Assert.Contains("Andrei Belousov", actors);
    }

    [Theory]
    [InlineData("أفادت الوكالة بأن الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون بحثا الخميس خطط التعاون في الفضاء.")]
    [InlineData("وزير الخارجية الروسي سيرغي لافروف ووزيرة الخارجية الكورية الشمالية تشوي سون هوي أجريا الخميس مناقشات حول الملاحة البحرية.")]
    public void Two_sides_named_before_a_dual_verb_of_talking_hold_talks(string text)
    {
        var talks = Assert.Single(Stories.Extract(text, "2025-02-14"), e => e.Type == EventTypes.Meeting);
        Assert.Equal(2, talks.Participants.Count(p => p.Name is "Vladimir Putin" or "Kim Jong Un" or "Sergey Lavrov" or "Choe Son Hui"));
        Assert.Equal("2025-02-13", talks.Date?.Value);
    }

    [Fact]
    public void A_phone_call_about_ties_between_their_countries_keeps_both_callers()
    {
        var call = Assert.Single(Stories.Extract("تعهد الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون خلال مكالمة هاتفية الخميس بتوسيع الرحلات الجوية بين بلديهما.", "2025-02-14"),
            e => e.Type == EventTypes.Meeting);
        Assert.Contains(call.Participants, p => p.Name == "Vladimir Putin");
        Assert.Contains(call.Participants, p => p.Name == "Kim Jong Un");
        Assert.Equal("2025-02-13", call.Date?.Value);
    }
}
