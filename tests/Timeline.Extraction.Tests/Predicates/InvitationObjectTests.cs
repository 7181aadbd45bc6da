using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>The visit an invitation asks for («وجه دعوة لبوتين لزيارة», «مدعو لزيارة») is no visit paid; sentences written for these tests.</summary>
public class InvitationObjectTests
{
    [Theory]
    [InlineData("وذكرت الوكالة أن كيم جونغ أون وجه دعوة لبوتين لزيارة بيونغ يانغ في الربيع.")]
    [InlineData("وأعلن الكرملين أن بوتين وجه دعوة لكيم لزيارة موسكو الصيف المقبل.")]
    public void The_visit_an_invitation_asks_for_is_not_a_visit(string text)
    {
        var events = Stories.Extract(text, "2025-01-20");
        Assert.Single(events, e => e.Type == EventTypes.Invitation);
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Visit);
    }

    [Fact]
    public void Being_invited_to_visit_is_no_visit_paid()
    {
        var events = Stories.Extract("صرح المتحدث باسم الكرملين دميتري بيسكوف يوم الثلاثاء بأن الزعيم الكوري الشمالي كيم جونغ أون مدعو لزيارة موسكو.", "2025-01-22");
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Visit);
    }
}
