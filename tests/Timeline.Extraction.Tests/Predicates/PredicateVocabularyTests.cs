using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>How outlets say each kind of event: one sentence per predicate, Arabic and English, written for these tests.</summary>
public class PredicateVocabularyTests
{
    private static IReadOnlyList<ExtractedEvent> Run(string text, string published = "2024-06-21") => Stories.Extract(text, published);

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
    // A third party's claim about arms or troops accuses, however it is attributed, and whoever claims it.
    [InlineData("Western countries accuse Pyongyang of supplying Moscow with weapons for the war.", "the West")]
    [InlineData("South Korea and Western countries have reported that Pyongyang has sent weapons to Russia.", "the West")]
    [InlineData("Intelligence officials in South Korea say Pyongyang has shipped huge quantities of arms to Russia.", "South Korea")]
    [InlineData("Mark Rutte, who heads NATO, said on Monday that North Korean troops have been deployed to Russia.", "Mark Rutte")]
    [InlineData("وتعتقد الولايات المتحدة أن كوريا الشمالية أرسلت صواريخ إلى روسيا.", "United States")]
    public void A_third_party_claim_of_arms_or_troops_is_an_accusation_by_the_claimant(string text, string claimant)
    {
        var accusation = Assert.Single(Run(text, "2024-10-29"), e => e.Type == EventTypes.Accusation);
        Assert.Equal(claimant, accusation.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.DoesNotContain(Run(text, "2024-10-29"), e => e.Type == EventTypes.MilitaryCooperation);
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
