using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>
/// Troops or arms named as alleged or as what reports say ("the alleged dispatch", "allegedly deployed", «التقارير التي
/// تتحدث عن») are not told as fact, and "alleged" before a noun accuses nobody. Sentences written for these tests.
/// </summary>
public class AllegedDeploymentTests
{
    [Theory]
    [InlineData("Speaking of the alleged dispatch of North Korean units to Russia, Dmitry Peskov said on Monday he had nothing to add.")]
    [InlineData("Maria Zakharova declined to comment on North Korean soldiers allegedly deployed to the Kursk region of Russia.")]
    [InlineData("Maria Zakharova brushed aside reports about North Korea sending troops to Russia.")]
    [InlineData("وصفت ماريا زاخاروفا التقارير التي تتحدث عن إرسال كوريا الشمالية جنودا إلى روسيا بأنها زائفة.")]
    [InlineData("ورفضت المتحدثة الروسية ماريا زاخاروفا مزاعم إرسال بيونغ يانغ عسكريين إلى روسيا ولم تعلق عليها.")]
    [InlineData("وردا على الاتهامات التي وجهت إلى بيونغ يانغ بإرسال جنود إلى روسيا، قالت ماريا زاخاروفا إن التعاون قانوني.")]
    [InlineData("وأشارت تقارير سابقة إلى أن كوريا الشمالية أرسلت ألفي جندي آخرين إلى روسيا.")]
    [InlineData("Maria Zakharova called the allegations that North Korea had sent soldiers to Russia a smear campaign.")]
    public void Troops_named_as_alleged_or_reported_are_no_fact(string text)
    {
        Assert.DoesNotContain(Stories.Extract(text, "2024-10-22"), e => e.Type == EventTypes.MilitaryCooperation);
    }

    [Fact]
    public void Alleged_before_a_noun_is_no_accusation()
    {
        var events = Stories.Extract("Maria Zakharova, asked about the alleged transfer of North Korean shells to Russia, said the reports were contradictory.", "2024-10-22");

        Assert.DoesNotContain(events, e => e.Type == EventTypes.Accusation || e.Subtype == "condemnation");
    }

    [Fact]
    public void A_third_party_alleging_a_deployment_still_accuses()
    {
        var accusation = Assert.Single(Stories.Extract("Seoul alleged on Monday that North Korea had sent 10,000 troops to Russia.", "2024-10-22"), e => e.Type == EventTypes.Accusation);

        Assert.Equal("South Korea", accusation.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }
}
