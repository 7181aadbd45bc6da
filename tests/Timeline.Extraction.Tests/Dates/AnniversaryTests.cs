using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Dates;

/// <summary>An anniversary recalls an old event; the article's own news around it still counts. Sentences written for these tests.</summary>
public class AnniversaryTests
{
    [Theory]
    [InlineData("Marking 75 years since Moscow and Pyongyang signed their first trade agreement, a Russian choir performed in Pyongyang on Tuesday.")]
    [InlineData("Marking 75 years since the two nations concluded their agreement on trade, Russian singers toured Pyongyang on Tuesday.")]
    [InlineData("وبمناسبة مرور 75 عاما على توقيع اتفاقية التعاون الاقتصادي بين روسيا وكوريا الشمالية، أقيم حفل موسيقي الثلاثاء.")]
    [InlineData("وفي الذكرى الخامسة والسبعين لتوقيع اتفاقية التعاون بين موسكو وبيونغ يانغ، أقيم معرض للصور الثلاثاء.")]
    public void An_agreement_recalled_by_an_anniversary_is_no_event(string text)
    {
        Assert.DoesNotContain(Stories.Extract(text, "2024-03-20"), e => e.Type == EventTypes.Agreement);
    }

    [Theory]
    [InlineData("Moscow and Pyongyang signed a new trade agreement on Tuesday.")]
    [InlineData("ووقعت روسيا وكوريا الشمالية الثلاثاء اتفاقية جديدة للتعاون التجاري.")]
    public void An_agreement_told_as_news_is_an_event(string text)
    {
        Assert.Contains(Stories.Extract(text, "2024-03-20"), e => e.Type == EventTypes.Agreement);
    }
}
