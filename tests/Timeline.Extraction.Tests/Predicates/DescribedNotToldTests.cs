using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>Verbs that describe a noun or offer words tell no event of their own; sentences written for these tests.</summary>
public class DescribedNotToldTests
{
    [Theory]
    [InlineData("Lavrov and Choe Son Hui discussed the implementation of the agreements reached at the summit in Vostochny.")]
    [InlineData("Lavrov and Choe Son Hui reviewed the deal reached by their leaders in Pyongyang.")]
    public void Agreements_reached_earlier_are_neither_a_journey_nor_a_new_agreement(string text)
    {
        var events = Stories.Extract(text, "2024-01-17");
        Assert.DoesNotContain(events, e => e.Type is EventTypes.Visit or EventTypes.Agreement);
    }

    [Theory]
    [InlineData("Moscow and Pyongyang signed their partnership treaty in June.\nThe two countries' ties based on this treaty will guard the peace of the region, Kim said.")]
    [InlineData("Moscow and Pyongyang signed their partnership treaty in June.\nRelations between the two countries based on this treaty will be a strong shield, KCNA said.")]
    public void Ties_based_on_the_treaty_are_no_new_agreement(string text)
    {
        Assert.Single(Stories.Extract(text, "2024-12-05"), e => e.Type == EventTypes.Agreement);
    }

    [Fact]
    public void A_delegation_on_a_visit_is_still_a_visit()
    {
        var events = Stories.Extract("A North Korean delegation led by Choe Son Hui is on a visit to Moscow.", "2024-11-04");
        Assert.Contains(events, e => e.Type == EventTypes.Visit);
    }

    [Theory]
    [InlineData("وأرسل بوتين وفدا عسكريا إلى كوريا الشمالية برئاسة شويغو.")]
    [InlineData("Kim thanked Putin for sending a military delegation led by Shoigu.")]
    [InlineData("وتقدم كيم بالشكر لبوتين الذي أرسل وفدا عسكريا برئاسة شويغو.")]
    public void A_military_delegation_sent_is_no_arms_or_troops(string text)
    {
        Assert.DoesNotContain(Stories.Extract(text, "2023-07-27"), e => e.Type == EventTypes.MilitaryCooperation);
    }

    [Theory]
    [InlineData("North Korea has sent artillery shells to Russia, the Kremlin confirmed on Friday.")]
    [InlineData("أرسلت كوريا الشمالية قذائف مدفعية إلى روسيا.")]
    public void Shells_sent_are_still_arms(string text)
    {
        Assert.Contains(Stories.Extract(text, "2023-10-01"), e => e.Type == EventTypes.MilitaryCooperation);
    }
}
