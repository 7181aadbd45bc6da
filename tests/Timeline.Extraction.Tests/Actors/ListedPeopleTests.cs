using System.Globalization;
using Timeline.Contracts;
using Timeline.Extraction.Extraction;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Actors;

/// <summary>
/// People of 2023–2025 coverage the gazetteer lists by name: named without a title (Arabic names have no other way in),
/// both sides of their meetings take part. Sentences written for these tests.
/// </summary>
public class ListedPeopleTests
{
    private static List<string> Participants(string text, string published) =>
        [.. EventExtractor.Default.Extract("article-1", text, DateOnly.Parse(published, CultureInfo.InvariantCulture))
            .Where(e => e.Type == EventTypes.Meeting)
            .SelectMany(e => e.Participants.Select(p => p.Name))];

    [Theory]
    // A Russian deputy minister and a North Korean general, in Arabic.
    [InlineData("التقى نو كوانغ تشول في بيونغ يانغ الأربعاء فيكتور غوريميكين لبحث التعاون العسكري", "2025-11-07", "No Kwang Chol", "Viktor Goremykin")]
    [InlineData("أجرى ميخائيل ديغتياريف محادثات مع كيم إيل غوك في بيونغ يانغ يوم الأحد", "2024-11-25", "Mikhail Degtyarev", "Kim Il Guk")]
    [InlineData("استقبل شويغو في موسكو الأربعاء ري تشانغ داي وبحثا التعاون الأمني", "2025-05-29", "Sergei Shoigu", "Ri Chang Dae")]
    [InlineData("التقى فاليري فالكوف في موسكو أمس ري تشونغ غيل لبحث التعاون العلمي", "2024-05-15", "Valery Falkov", "Ri Chung Gil")]
    // The spelling of one outlet («تشيه») for a person listed before.
    [InlineData("استقبل بوتين في الكرملين أمس تشيه سون هي", "2025-10-28", "Vladimir Putin", "Choe Son Hui")]
    // Kim Jong Un by his given names alone, as some outlets write him.
    [InlineData("وأجرى جونغ أون وبوتين في فوستوشني أمس جولة من المحادثات", "2023-09-14", "Kim Jong Un", "Vladimir Putin")]
    // In English, named by surname alone.
    [InlineData("Tsivilev met Choe Son Hui in Moscow on Tuesday.", "2025-10-28", "Sergei Tsivilev", "Choe Son Hui")]
    [InlineData("Goremykin held talks with No Kwang Chol in Pyongyang on Wednesday.", "2025-11-07", "Viktor Goremykin", "No Kwang Chol")]
    public void A_meeting_names_both_sides_when_both_are_listed(string text, string published, string first, string second)
    {
        var names = Participants(text, published);
        Assert.Contains(first, names);
        Assert.Contains(second, names);
    }

    /// <summary>Degtyarev governed Khabarovsk Krai before he was sports minister: in 2023 he was active, and a participant.</summary>
    [Fact]
    public void A_person_takes_part_on_the_dates_of_an_earlier_role() =>
        Assert.Contains("Mikhail Degtyarev", Participants("استقبل ميخائيل ديغتياريف كيم جونغ أون في كومسومولسك يوم الجمعة", "2023-09-15"));

    [Theory]
    [InlineData("Security Council Secretary Sergei Shoigu held talks with Kim Jong Un in Pyongyang on Tuesday.")]
    [InlineData("أجرى أمين مجلس الأمن سيرغي شويغو محادثات مع كيم جونغ أون في بيونغ يانغ يوم الثلاثاء.")]
    public void Russia_s_security_council_secretary_is_no_part_of_the_un_security_council(string text)
    {
        var meeting = Assert.Single(Stories.Extract(text, "2025-06-19"));

        Assert.Contains(meeting.Participants, p => p.Name == "Sergei Shoigu");
        Assert.Contains(meeting.Participants, p => p.Name == "Kim Jong Un");
        Assert.DoesNotContain(meeting.Participants, p => p.Name is "UN Security Council" or "Security Council of Russia");
    }
}
