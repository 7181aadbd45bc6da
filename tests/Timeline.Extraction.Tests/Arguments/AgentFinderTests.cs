using Timeline.Extraction.Extraction;
using Timeline.Extraction.Extraction.Arguments;
using Timeline.Extraction.Tests.Extraction;
using Timeline.Lexicon;

namespace Timeline.Extraction.Tests.Arguments;

/// <summary>Who speaks and who acts, called on the participant stage directly.</summary>
public class AgentFinderTests
{
    private static readonly AgentFinder Agents = new(Gazetteer.Default, ExtractionData.Default);

    [Theory]
    [InlineData("Sergey Lavrov said the talks had gone well.", "said", "Sergey Lavrov")]
    [InlineData("قال سيرغي لافروف إن المحادثات كانت مثمرة.", "قال", "Sergey Lavrov")]
    [InlineData("The talks went well, Sergey Lavrov said.", "said", "Sergey Lavrov")]
    // Never a name inside what is said.
    [InlineData("The ministry said that Sergey Lavrov would travel.", "said", null)]
    public void The_speaker_is_named_beside_the_reporting_verb(string text, string verb, string? speaker)
    {
        var s = ParsedSentence.Of(text);
        Assert.Equal(speaker, Agents.FindSpeaker(s.Tokens, s.HitAt(verb), s.People(), null, s.Covered)?.Name);
    }

    [Theory]
    [InlineData("Sergey Lavrov visited the port city.", "visited", "Sergey Lavrov")]
    [InlineData("زار سيرغي لافروف المدينة الساحلية.", "زار", "Sergey Lavrov")]
    // Who is named after "with" takes part, never acts.
    [InlineData("Talks were held with Sergey Lavrov in the port city.", "talks", null)]
    public void The_agent_is_the_subject_of_the_trigger(string text, string trigger, string? agent)
    {
        var s = ParsedSentence.Of(text);
        var hit = s.HitAt(trigger);
        var found = Agents.FindAgent(s.Tokens, hit, hit.First, s.People(), null, null, s.Covered, speech: false, out var inherited);
        Assert.Equal(agent, found?.Name);
        Assert.False(inherited);
    }

    [Fact]
    public void A_clause_without_a_subject_goes_on_with_the_one_carried()
    {
        var s = ParsedSentence.Of("He later visited the port city.");
        var carried = ParsedSentence.Of("Sergey Lavrov").People()[0].Actor;
        var hit = s.HitAt("visited");
        var found = Agents.FindAgent(s.Tokens, hit, hit.First, s.People(), null, carried, s.Covered, speech: false, out var inherited);
        Assert.Equal("Sergey Lavrov", found?.Name);
        Assert.True(inherited);
    }
}
