using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Dates;

/// <summary>A day on which something starts keeps the publication year, whatever the tense of its clause. Sentences written for these tests.</summary>
public class StartDayTests
{
    [Theory]
    [InlineData("وتوصلت روسيا إلى تفاهم مع كوريا الشمالية يقضي بتسيير رحلتين جويتين كل أسبوع اعتبارا من 20 يونيو.")]
    [InlineData("Russia reached an understanding with North Korea to run two flights a week starting June 20.")]
    public void A_start_day_after_publication_is_not_pushed_back_a_year(string text)
    {
        var events = Stories.Extract(text, "2025-06-09");
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Date is { } d && d.Value.StartsWith("2024", StringComparison.Ordinal));
    }
}
