using Timeline.Contracts;
using Timeline.Extraction.Extraction.Discourse;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Discourse;

/// <summary>A person named in full goes on by family name alone; sentences written for these tests.</summary>
public class SurnameTests
{
    [Theory]
    [InlineData("North Korean Premier Pak Thae Song arrived in Moscow on Monday. On Tuesday Pak met Russian Foreign Minister Sergei Lavrov.", "Pak Thae Song")]
    [InlineData("وصل باك تاي سونغ، سكرتير حزب العمال الكوري، إلى موسكو يوم الاثنين. والتقى باك يوم الثلاثاء وزير الخارجية الروسي سيرغي لافروف.", "Pak Thae Song")]
    public void A_family_name_after_the_full_name_is_that_person(string text, string person)
    {
        var meeting = Assert.Single(Stories.Extract(text, "2023-11-16"), e => e.Type == EventTypes.Meeting);
        Assert.Contains(meeting.Participants, p => p.Name == person);
        Assert.Equal("2023-11-14", meeting.Date?.Value);
    }

    [Fact]
    public void A_family_name_two_people_of_the_article_share_names_neither()
    {
        var names = new Surnames();
        var first = ParsedSentence.Of("Pak Thae Song and Pak Jong Chon greeted the Russian guests in Pyongyang on Monday.");
        names.Learn(first.Tokens, first.Mentions);
        var next = ParsedSentence.Of("On Tuesday Pak met Russian Foreign Minister Sergei Lavrov.");

        var mentions = names.Add(next.Text, next.Tokens, next.Mentions, (bool[])next.Covered.Clone());

        Assert.DoesNotContain(mentions, m => m.Actor.Name.StartsWith("Pak", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Actor.Name == "Sergey Lavrov");
    }

    [Fact]
    public void A_lower_case_word_is_no_family_name()
    {
        var names = new Surnames();
        var first = ParsedSentence.Of("South Korean lawmaker Lee Seong-kweun spoke to reporters in Seoul.");
        names.Learn(first.Tokens, first.Mentions);
        var next = ParsedSentence.Of("The trees along the lee of the hill were cut.");

        Assert.Empty(names.Add(next.Text, next.Tokens, next.Mentions, (bool[])next.Covered.Clone()));
    }
}
