using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Events;

/// <summary>A visit named as an earlier one is a trip of its own, not the one the article tells; sentences written for these tests.</summary>
public class EarlierOccurrenceTests
{
    [Theory]
    [InlineData("Sergei Shoigu is in North Korea on a mission from the Kremlin. Shoigu's last visit to North Korea took place on 4 June.")]
    [InlineData("Sergei Shoigu is in North Korea on a mission from the Kremlin. Shoigu's previous trip to North Korea took place on 4 June.")]
    // "His", opening the sentence, is the one told of before.
    [InlineData("Sergei Shoigu is in North Korea on a mission from the Kremlin. His previous visit to North Korea took place on 4 June.")]
    [InlineData("يقوم سيرغي شويغو بزيارة إلى كوريا الشمالية التقى خلالها كيم جونغ أون يوم الثلاثاء. وكانت زيارته السابقة إلى كوريا الشمالية في 4 يونيو.")]
    public void A_previous_visit_is_not_folded_into_the_visit_under_way(string text)
    {
        var visits = Stories.Extract(text, "2025-06-18").Where(e => e.Type == EventTypes.Visit).ToList();
        Assert.Equal(2, visits.Count);
        Assert.Contains(visits, v => v.Date?.Value == "2025-06-04");
        Assert.Contains(visits, v => v.Date?.Value != "2025-06-04");
    }

    [Fact]
    public void The_first_visit_in_years_is_the_visit_under_way()
    {
        var visits = Stories.Extract("Vladimir Putin arrived in Pyongyang on Tuesday. It is his first visit to North Korea in 24 years.", "2024-06-19")
            .Where(e => e.Type == EventTypes.Visit).ToList();
        Assert.Equal("2024-06-18", Assert.Single(visits).Date?.Value);
    }
}
