using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>
/// "did not deny", "neither confirmed nor denied", «من دون أن ينفي»: what a party leaves undenied is neither denied nor
/// confirmed by it. Sentences written for these tests.
/// </summary>
public class NegatedDenialTests
{
    [Theory]
    [InlineData("Vladimir Putin did not deny that Pyongyang had sent soldiers to fight for Russia.")]
    [InlineData("The Kremlin neither confirmed nor denied that North Korea had sent soldiers to Russia.")]
    [InlineData("وقال بيسكوف إن السؤال يخص وزارة الدفاع، من دون أن ينفي إرسال كوريا الشمالية جنودا إلى روسيا.")]
    public void What_is_left_undenied_is_neither_denied_nor_told_as_fact(string text)
    {
        Assert.DoesNotContain(Stories.Extract(text, "2024-10-25"), e => e.Type == EventTypes.MilitaryCooperation);
    }

    [Fact]
    public void A_plain_denial_stays_a_denial()
    {
        var denied = Assert.Single(Stories.Extract("نفى الكرملين إرسال كوريا الشمالية جنودا إلى روسيا.", "2024-10-25"), e => e.Type == EventTypes.MilitaryCooperation);

        Assert.Equal(Modalities.Denied, denied.Modality);
    }
}
