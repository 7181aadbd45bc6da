using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>
/// «المبرمة» (concluded) describes a treaty by its signing, as «الموقعة» does: the signing keeps its own date, and a
/// ratification told in the same sentence does not take it. Sentences written for these tests.
/// </summary>
public class ConcludedParticipleTests
{
    [Fact]
    public void A_treaty_concluded_on_a_date_was_signed_then()
    {
        var events = Stories.Extract("قال لافروف إن معاهدة الشراكة المبرمة بين موسكو وبيونغ يانغ في يونيو 2024 تخدم السلام في المنطقة.", "2025-03-04");
        var signing = Assert.Single(events, e => e.Type == EventTypes.Agreement);
        Assert.Equal("signing", signing.Subtype);
        Assert.Equal("2024-06", signing.Date?.Value);
    }

    [Fact]
    public void A_ratification_does_not_take_the_date_of_the_concluded_treaty()
    {
        var events = Stories.Extract("أعلن النائب أن مجلس الدوما صدق على المعاهدة مع كوريا الشمالية المبرمة في بيونغ يانغ في 19 يونيو 2024.", "2024-10-24");
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Agreement && e.Subtype == "ratification" && e.Date?.Value == "2024-06-19");
    }
}
