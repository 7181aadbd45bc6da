using System.Globalization;
using Timeline.Contracts;
using Timeline.Extraction.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>How outlets say each kind of event: one sentence per predicate, Arabic and English, written for these tests.</summary>
public class PredicateVocabularyTests
{
    private static IReadOnlyList<ExtractedEvent> Run(string text, string published = "2024-06-21") =>
        EventExtractor.Default.Extract("article-1", "Headline\n" + text, DateOnly.Parse(published, CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("Lavrov was greeted by Kim Jong Un in Wonsan on Thursday.", "meeting")]
    [InlineData("Putin and Kim Jong Un shook hands at the airport on Wednesday.", "meeting")]
    [InlineData("President Vladimir Putin had spoken by telephone with Kim Jong Un on Tuesday.", "meeting")]
    [InlineData("وصافح بوتين كيم جونغ أون في المطار الأربعاء.", "meeting")]
    [InlineData("حل الرئيس الروسي فلاديمير بوتين ضيفا على كوريا الشمالية الأربعاء.", "visit")]
    [InlineData("تفقد رئيس الوزراء الكوري الشمالي مصنعا للجرارات في قازان الخميس.", "visit")]
    [InlineData("Kim Jong Un crossed into Russia on his armoured train on Tuesday.", "visit")]
    [InlineData("The two sides agreed to deepen cooperation between Russia and North Korea on Wednesday.", "agreement")]
    [InlineData("توصلت السكك الحديدية الروسية إلى تفاهم مع وزارة السكك الحديدية الكورية الشمالية الأربعاء.", "agreement")]
    [InlineData("The strategic partnership treaty with North Korea was signed into law by President Vladimir Putin on Saturday.", "agreement")]
    [InlineData("شدد لافروف الخميس على أن العلاقات مع كوريا الشمالية تشهد ازدهارا.", "statement")]
    [InlineData("Lavrov reaffirmed on Thursday that Russia stands with North Korea.", "statement")]
    [InlineData("Washington and its partners charge that North Korea has been arming Russia.", "accusation")]
    [InlineData("The European Union sanctioned North Korea's defence minister over arms deliveries to Russia on Monday.", "accusation")]
    [InlineData("وبعثت كوريا الشمالية آلاف الجنود للقتال إلى جانب روسيا.", "military_cooperation")]
    [InlineData("Russian forces fired North Korean missiles at Kharkiv on January 2.", "military_cooperation")]
    [InlineData("أهدى بوتين مضيفه كيم جونغ أون سيارة روسية الأربعاء.", "other")]
    [InlineData("Russia vetoed a UN resolution renewing the monitoring of sanctions on North Korea on Thursday.", "other")]
    [InlineData("وأشرف كيم جونغ أون الجمعة على حفل لاستقبال الجنود العائدين من روسيا.", "other")]
    [InlineData("Russia launched regular flights between Moscow and Pyongyang on Sunday.", "other")]
    [InlineData("وصل لافروف إلى بيونغ يانغ تلبية لدعوة من الخارجية الكورية الشمالية.", "invitation")]
    public void Each_way_of_telling_an_event_is_read_as_its_type(string text, string type)
    {
        Assert.Contains(Run(text), e => e.Type == type);
    }

    [Theory]
    // Agreements told of in a relative clause are no news of their own.
    [InlineData("وقال لافروف إن الزيارة فرصة لمراجعة الاتفاقيات التي تم التوصل إليها بين روسيا وكوريا الشمالية.", "agreement")]
    // "Pointed to" is too often "drew attention": not a reporting verb.
    [InlineData("ولفت انتباه المراقبين أن روسيا وكوريا الشمالية تقاربتا.", "statement")]
    public void Words_with_a_second_sense_are_not_read_as_events(string text, string type)
    {
        Assert.DoesNotContain(Run(text), e => e.Type == type);
    }
}
