using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>A head of state signing the decree that ratifies a treaty ratifies it; sentences written for these tests.</summary>
public class RatifyingDecreeTests
{
    [Theory]
    [InlineData("أعلنت الوكالة الرسمية أن رئيس شؤون الدولة وقع المرسوم الخاص بالمعاهدة مع روسيا يوم الاثنين.")]
    [InlineData("أعلنت الوكالة الرسمية أن رئيس دولة كوريا الشمالية وقع على مرسوم المصادقة على المعاهدة مع روسيا يوم الاثنين.")]
    [InlineData("صادق الزعيم الكوري الشمالي كيم جونغ أون على معاهدة الدفاع المشترك مع روسيا. وجرى التوقيع على المرسوم يوم الاثنين.")]
    public void Signing_the_decree_is_the_leader_s_ratification_on_that_day(string text)
    {
        var ratification = Assert.Single(Stories.Extract(text, "2024-11-14"), e => e.Type == EventTypes.Agreement);
        Assert.Equal("ratification", ratification.Subtype);
        Assert.Equal("Kim Jong Un", ratification.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal("2024-11-11", ratification.Date?.Value);
    }
}
