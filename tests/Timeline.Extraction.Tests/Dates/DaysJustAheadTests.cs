using System.Globalization;
using Timeline.Extraction.Extraction.Dates;

namespace Timeline.Extraction.Tests.Dates;

/// <summary>
/// A day and month told without a year, just after publication and in no future tense, is this year's: a schedule told in
/// the present, not a day a year back. Sentences written for these tests.
/// </summary>
public class DaysJustAheadTests
{
    [Theory]
    [InlineData("يزور وزير الخارجية الروسي بيونغ يانغ يومي 27 و28 أكتوبر", "2025-10-25", "2025-10-27")]
    [InlineData("تقوم الوزيرة بزيارة عمل إلى موسكو من 26 إلى 28 أكتوبر", "2025-10-25", "2025-10-26")]
    [InlineData("تقوم الوزيرة بزيارة عمل إلى موسكو من السادس والعشرين من أكتوبر إلى الثامن والعشرين منه", "2025-10-25", "2025-10-26")]
    [InlineData("The foreign minister is visiting Moscow on January 15-17", "2024-01-14", "2024-01-15")]
    [InlineData("The minister visits Pyongyang on November 3", "2024-10-22", "2024-11-03")]
    public void A_day_just_ahead_told_in_the_present_is_this_year_s(string sentence, string published, string expected) =>
        Assert.Equal(expected, DateResolver.Default.Resolve(sentence, DateOnly.Parse(published, CultureInfo.InvariantCulture))?.Date.Value);

    [Theory]
    // Further ahead, or marked as past, a day told without future is the last one gone.
    [InlineData("The minister visited Pyongyang on November 30", "2024-10-22", "2023-11-30")]
    [InlineData("زار الوزير بيونغ يانغ في 27 أكتوبر الماضي", "2025-10-25", "2024-10-27")]
    public void A_day_further_ahead_or_marked_past_is_last_year_s(string sentence, string published, string expected) =>
        Assert.Equal(expected, DateResolver.Default.Resolve(sentence, DateOnly.Parse(published, CultureInfo.InvariantCulture))?.Date.Value);
}
