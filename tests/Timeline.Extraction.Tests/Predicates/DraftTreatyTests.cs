using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>A draft treaty handed to parliament is a text submitted, not a treaty signed. Sentences written for these tests.</summary>
public class DraftTreatyTests
{
    [Theory]
    [InlineData("وقدم الرئيس فلاديمير بوتين أمس إلى البرلمان مشروع معاهدة التعاون مع كوريا الشمالية.")]
    [InlineData("وأحال الكرملين يوم الاثنين مسودة اتفاقية الشراكة مع كوريا الشمالية إلى مجلس الدوما.")]
    public void A_draft_handed_over_is_no_agreement(string text)
    {
        Assert.DoesNotContain(Stories.Extract(text, "2024-10-15"), e => e.Type == EventTypes.Agreement && e.Modality == Modalities.Occurred);
    }
}
