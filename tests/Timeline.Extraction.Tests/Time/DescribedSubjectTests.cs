using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Time;

/// <summary>
/// A date inside what describes a verb's subject ("the pact they signed in April took effect") dates the description,
/// not the verb; sentences written for these tests.
/// </summary>
public class DescribedSubjectTests
{
    [Theory]
    [InlineData("The fishing pact Lavrov and Choe Son Hui signed in April took effect on Wednesday.")]
    [InlineData("The fishing pact that Lavrov and Choe Son Hui signed in April came into force on Wednesday.")]
    [InlineData("The fishing pact signed in April by Lavrov and Choe Son Hui has taken effect on Wednesday.")]
    [InlineData("دخلت اتفاقية الصيد الموقعة بين لافروف وتشوي سون هوي في أبريل الماضي حيز التنفيذ يوم الأربعاء.")]
    public void A_treaty_described_by_its_signing_month_comes_into_force_on_its_own_day(string text)
    {
        var force = Assert.Single(Stories.Extract(text, "2024-06-21"), e => e.Subtype == "entry_into_force");
        Assert.Equal("2024-06-19", force.Date?.Value);
    }

    [Theory]
    [InlineData("The fishing pact Lavrov and Choe Son Hui signed in April has come into force.")]
    [InlineData("أعلنت موسكو أن اتفاقية الصيد، المبرمة بين لافروف وتشوي سون هوي في أبريل الماضي، أصبحت سارية المفعول.")]
    [InlineData("قالت موسكو إن اتفاقية الصيد الموقعة بين لافروف وتشوي سون هوي في أبريل الماضي دخلت حيز التنفيذ.")]
    public void A_treaty_described_by_its_signing_month_does_not_come_into_force_that_month(string text)
    {
        var force = Assert.Single(Stories.Extract(text, "2024-06-21"), e => e.Subtype == "entry_into_force");
        Assert.NotEqual("2024-04", force.Date?.Value);
    }

    [Theory]
    [InlineData("Lavrov met Choe Son Hui in Moscow in April and signed a fishing pact.")]
    [InlineData("Lavrov met Choe Son Hui in Moscow in April, signing a fishing pact.")]
    // «التقى» starts as «الموقعة» does, but it is the verb of the sentence, not a participle describing a noun.
    [InlineData("التقى لافروف تشوي سون هوي في موسكو في أبريل الماضي ووقعا اتفاقية للصيد.")]
    public void A_date_between_two_told_events_still_dates_the_second(string text)
    {
        var signing = Assert.Single(Stories.Extract(text, "2024-06-21"), e => e.Type == EventTypes.Agreement);
        Assert.Equal("2024-04", signing.Date?.Value);
    }
}
