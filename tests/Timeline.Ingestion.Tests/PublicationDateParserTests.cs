using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Ingestion.Parsing;

namespace Timeline.Ingestion.Tests;

public class PublicationDateParserTests
{
    [Theory]
    [InlineData("تاريخ النشر: 19th, October 2023 GMT", "2023-10-19")]
    [InlineData("نشر في ١٩ أكتوبر ٢٠٢٣", "2023-10-19")]
    [InlineData("الخميس 19 تشرين الأول 2023 - 10:30", "2023-10-19")]
    [InlineData("21 كانون الثاني/يناير 2024", "2024-01-21")]
    [InlineData("3 أيار 2024", "2024-05-03")]
    [InlineData("Published: October 19, 2023 at 10:12 am", "2023-10-19")]
    [InlineData("Updated 2024-06-19T08:15:00Z", "2024-06-19")]
    [InlineData("2024/06/19", "2024-06-19")]
    [InlineData("19/06/2024", "2024-06-19")]
    [InlineData("Wed 19 Jun. 2024", "2024-06-19")]
    [InlineData("١٩ يونيو/حزيران ٢٠٢٤", "2024-06-19")]
    public void Date_lines_in_arabic_and_english_formats_are_read(string line, string expected)
    {
        Assert.True(PublicationDateParser.TryReadDateLine(line, out var date));
        Assert.Equal(expected, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("نشرت صحيفة الجارديان مقالا عن القمة التي عقدت بين الزعيمين في 19 أكتوبر 2023 وسط اهتمام دولي واسع")]
    [InlineData("وأكدت الولايات المتحدة يوم الجمعة الماضي أن عمليات تسليم أسلحة جارية منذ 20 سبتمبر 2023 بين البلدين")]
    [InlineData("The two leaders met in Vladivostok")]
    [InlineData("31 February 2024")]
    public void Sentences_that_mention_a_date_are_not_date_lines(string line)
    {
        Assert.False(PublicationDateParser.TryReadDateLine(line, out _));
    }

    [Theory]
    [InlineData("Thu, 19 Oct 2023 10:00:00 GMT", "2023-10-19T10:00:00+00:00")]
    [InlineData("Thu, 19 Oct 2023 13:00:00 +0300", "2023-10-19T13:00:00+03:00")]
    [InlineData("2023-10-19T10:00:00+03:00", "2023-10-19T10:00:00+03:00")]
    [InlineData("2023-10-19", "2023-10-19T00:00:00+00:00")]
    public void Machine_timestamps_from_feeds_and_meta_tags_are_read(string value, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), PublicationDateParser.ParseTimestamp(value));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2023-13-45")]
    [InlineData("")]
    public void Text_that_is_not_a_timestamp_gives_no_date(string value)
    {
        Assert.Null(PublicationDateParser.ParseTimestamp(value));
    }

    [Fact]
    public void Month_name_pattern_lists_every_known_month_name()
    {
        var names = PublicationDateParser.MonthNames.Split('|').Select(n => n.Replace(@"\s+", " ", StringComparison.Ordinal)).ToHashSet();
        Assert.True(PublicationDateParser.s_months.All(m => names.Contains(m.Name)));
        foreach (var (name, _) in PublicationDateParser.s_months)
        {
            Assert.Matches(new Regex("^(?:" + PublicationDateParser.MonthNames + ")$"), name);
        }
    }
}
