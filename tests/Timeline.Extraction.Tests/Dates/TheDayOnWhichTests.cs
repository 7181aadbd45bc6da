using System.Globalization;
using Timeline.Extraction.Extraction.Dates;

namespace Timeline.Extraction.Tests.Dates;

/// <summary>«اليوم الذي …» is "the day on which …", not today. Sentences written for these tests.</summary>
public class TheDayOnWhichTests
{
    [Theory]
    [InlineData("تصبح الاتفاقية نافذة اعتبارا من اليوم الذي يتبادل فيه الطرفان وثائق التصديق")]
    [InlineData("تعززت العلاقات منذ اليوم الذي وقع فيه الزعيمان المعاهدة")]
    public void The_day_on_which_something_happens_is_no_date(string sentence) =>
        Assert.Null(DateResolver.Default.Resolve(sentence, new DateOnly(2024, 11, 12)));

    [Fact]
    public void Today_before_a_weekday_is_still_today() =>
        Assert.Equal("2024-11-12", DateResolver.Default.Resolve("وقع الوزيران الاتفاقية اليوم الثلاثاء في موسكو", DateOnly.Parse("2024-11-12", CultureInfo.InvariantCulture))?.Date.Value);
}
