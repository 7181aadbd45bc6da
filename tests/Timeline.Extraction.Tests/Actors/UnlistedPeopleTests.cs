using Timeline.Contracts;
using Timeline.Extraction.Extraction.Actors;
using Timeline.Extraction.Tests.Extraction;
using Timeline.Lexicon;

namespace Timeline.Extraction.Tests.Actors;

/// <summary>People the gazetteer does not list, introduced by a title that places them in a state; sentences written for these tests.</summary>
public class UnlistedPeopleTests
{
    private static List<(string Name, string? Country)> People(string sentence)
    {
        var s = ParsedSentence.Of(sentence);
        var mentions = new UnlistedPeople(ParsedSentence.Data).Add(sentence, s.Tokens, s.Mentions, s.Covered);
        return [.. mentions.Where(m => m.Actor.Id.StartsWith("unlisted:", StringComparison.Ordinal)).Select(m => (m.Actor.Name, m.Actor.Country))];
    }

    [Theory]
    [InlineData("South Korean lawmaker Park Min-jae told reporters the troops had suffered losses.", "Park Min-jae", "KR")]
    [InlineData("A Russian parliamentary delegation headed by Viktor Sorokin arrived in Pyongyang on Monday.", "Viktor Sorokin", "RU")]
    [InlineData("Russia's Deputy Emergencies Minister Pavel Volkov signed the memorandum.", "Pavel Volkov", "RU")]
    [InlineData("A delegation from Russia's health ministry, led by the ministry's deputy head Ivan Belov, arrived in the North Korean capital.", "Ivan Belov", "RU")]
    [InlineData("Ri Chol Man, a member of North Korea's Supreme People's Assembly, met the visitors.", "Ri Chol Man", "KP")]
    [InlineData("Yesterday US deputy ambassador Thomas Grant told the council that the transfers broke sanctions.", "Thomas Grant", "US")]
    public void A_name_after_or_before_a_title_that_places_it_in_a_state_is_a_person_of_that_state(string sentence, string name, string country) =>
        Assert.Equal([(name, country)], People(sentence));

    [Theory]
    [InlineData("Putin met lawmaker Anna Petrova on Friday.")] // the person before the title is someone else: no state for her
    [InlineData("The Korean Central News Agency reported the visit on Tuesday.")]
    [InlineData("Russian Foreign Minister Sergey Lavrov arrived on Wednesday.")] // listed: the gazetteer's person
    [InlineData("On Monday Kim Jong Un inspected a plant.")]
    [InlineData("The ambassador met officials in Moscow last week.")]
    public void Names_without_a_title_placing_them_or_listed_ones_add_nobody(string sentence) =>
        Assert.Empty(People(sentence));

    [Fact]
    public void An_unlisted_delegation_leader_is_the_traveller_of_the_visit()
    {
        var visit = Assert.Single(Stories.Extract("A Russian parliamentary delegation headed by Viktor Sorokin arrived in Pyongyang on Monday.", "2023-11-28"));
        Assert.Equal(EventTypes.Visit, visit.Type);
        Assert.Contains(visit.Participants, p => p.Role == ParticipantRoles.Actor && p.Name == "Viktor Sorokin" && p.Country == "RU");
        Assert.Equal("2023-11-27", visit.Date?.Value);
    }

    [Fact]
    public void An_unlisted_person_is_found_again_by_the_id_the_article_gave_them()
    {
        var (name, country) = Assert.Single(People("South Korean lawmaker Park Min-jae said the troops had suffered losses."));
        var id = Gazetteer.Unlisted(country!, name).Id;
        var found = Gazetteer.Default.ById(id);
        Assert.Equal(("Park Min-jae", "KR", ActorKinds.Person), (found?.Name, found?.Country, found?.Kind));
    }
}
