using Timeline.Extraction.Extraction.Discourse;
using Timeline.Extraction.Tests.Extraction;
using Timeline.Lexicon;

namespace Timeline.Extraction.Tests.Discourse;

/// <summary>Who "the two leaders", "the latter" and the people remembered from earlier sentences are.</summary>
public class ReferenceResolverTests
{
    private static readonly ReferenceResolver Resolver = new(Gazetteer.Default, Timeline.Extraction.Extraction.ExtractionData.Default.LeaderMarkers);

    private static List<string> Referenced(ParsedSentence s, string trigger, DocumentState doc)
    {
        var people = s.People();
        var named = people.ToHashSet();
        Resolver.AddReferences(s.CandidateAt(trigger), s.Tokens, s.Cues, s.HitAt(trigger), s.Mentions, people, s.Published, doc);
        return [.. people.Where(p => !named.Contains(p)).Select(p => p.Actor.Name)];
    }

    [Theory]
    [InlineData("The two leaders signed a deal on fishing.", "signed")]
    [InlineData("ووقع الزعيمان اتفاقا للصيد.", "ووقع")]
    [InlineData("The Russian and North Korean leaders signed a deal on fishing.", "signed")]
    [InlineData("The leaders of Russia and North Korea signed a deal on fishing.", "signed")]
    public void The_two_leaders_are_both_heads_of_state_on_the_day(string text, string trigger)
    {
        var names = Referenced(ParsedSentence.Of(text), trigger, new DocumentState());
        Assert.Contains("Vladimir Putin", names);
        Assert.Contains("Kim Jong Un", names);
    }

    [Fact]
    public void The_states_that_qualify_the_two_leaders_sign_nothing_of_their_own()
    {
        var agreement = Assert.Single(Stories.Extract("The Russian and North Korean leaders signed a deal on fishing on Wednesday.", "2024-06-20"));
        Assert.DoesNotContain(agreement.Participants, p => p.Name is "Russia" or "North Korea");
        Assert.Contains(agreement.Participants, p => p.Name == "Vladimir Putin");
    }

    [Fact]
    public void The_latter_is_the_last_person_named_before()
    {
        var doc = new DocumentState { LastPerson = Gazetteer.Default.ById(ParsedSentence.Of("Sergey Lavrov").Mentions[0].Actor.Id) };
        var names = Referenced(ParsedSentence.Of("The latter visited the port city."), "visited", doc);
        Assert.Equal(["Sergey Lavrov"], names);
    }

    [Theory]
    [InlineData("وعززت روسيا وكوريا الشمالية في الفترة الأخيرة علاقتهما ووقع البلدان معاهدة.")]
    [InlineData("ووقع البلدان في زيارتها الأخيرة معاهدة.")]
    public void The_last_after_a_noun_is_no_reference_to_a_person(string text)
    {
        var doc = new DocumentState { LastPerson = Gazetteer.Default.ById(ParsedSentence.Of("Donald Trump").Mentions[0].Actor.Id) };
        var names = Referenced(ParsedSentence.Of(text), "ووقع", doc);
        Assert.DoesNotContain("Donald Trump", names);
    }

    [Fact]
    public void A_sentence_leaves_its_last_person_and_its_states_for_the_next()
    {
        var s = ParsedSentence.Of("Sergey Lavrov flew to Pyongyang.");
        var doc = new DocumentState();
        doc.Remember([], s.Mentions, s.Published, Gazetteer.Default, ParsedSentence.Data.Hosting);
        Assert.Equal("Sergey Lavrov", doc.LastPerson?.Name);
        Assert.Equal("Sergey Lavrov", doc.LastSubject?.Name);
        Assert.Equal(["RU", "KP"], doc.PreviousCountries);
    }
}
