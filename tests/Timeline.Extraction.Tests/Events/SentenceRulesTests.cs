using Timeline.Contracts;
using Timeline.Extraction.Extraction;
using Timeline.Extraction.Extraction.Events;
using Timeline.Extraction.Tests.Extraction;
using Timeline.Lexicon;

namespace Timeline.Extraction.Tests.Events;

/// <summary>Rules over the candidates of one sentence: which survive, which absorb others.</summary>
public class SentenceRulesTests
{
    private static readonly SentenceRules Rules = new(ExtractionData.Default);

    private static List<string> Apply(ParsedSentence s, params (string Trigger, bool Purpose)[] triggers)
    {
        var list = triggers.Select(t =>
        {
            var c = s.CandidateAt(t.Trigger);
            c.Purpose = t.Purpose;
            return c;
        }).ToList();
        Rules.ApplySentenceRules(list, Gazetteer.Default, s.Cues, null);
        return [.. list.Select(c => $"{c.Type}/{c.Subtype}")];
    }

    [Fact]
    public void A_meeting_that_is_the_purpose_of_a_visit_goes_with_the_visit()
    {
        var s = ParsedSentence.Of("The minister visited the port city for talks.");
        Assert.Equal(["visit/"], Apply(s, ("visited", false), ("talks", true)));
    }

    [Fact]
    public void A_meeting_of_its_own_stays_beside_a_visit()
    {
        var s = ParsedSentence.Of("The minister visited the port city and held talks.");
        Assert.Equal(2, Apply(s, ("visited", false), ("talks", false)).Count);
    }

    [Theory]
    // One speaker going on ("…, adding", "وأضاف", "مشيرة إلى") is one statement.
    [InlineData("The United States said the shipments had grown, adding that more were coming.", "said", "adding", "US", "US", 1)]
    [InlineData("أكدت الولايات المتحدة أن الشحنات زادت، مشيرة إلى أن المزيد قادم.", "أكدت", "مشيرة", "US", "US", 1)]
    // Two speakers are two statements.
    [InlineData("The United States said the shipments had grown, adding that more were coming.", "said", "adding", "US", "RU", 2)]
    public void A_speaker_who_goes_on_makes_one_statement(string text, string first, string second, string firstSpeaker, string secondSpeaker, int statements)
    {
        var s = ParsedSentence.Of(text);
        var a = s.CandidateAt(first);
        var b = s.CandidateAt(second);
        a.AddParticipant(new Participant(firstSpeaker, firstSpeaker, ParticipantRoles.Actor, firstSpeaker));
        b.AddParticipant(new Participant(secondSpeaker, secondSpeaker, ParticipantRoles.Actor, secondSpeaker));
        var list = new List<Candidate> { a, b };
        Rules.ApplySentenceRules(list, Gazetteer.Default, s.Cues, null);
        Assert.Equal(statements, list.Count);
        Assert.Same(a, list[0]);
    }

    [Fact]
    public void Ratification_is_not_a_signing()
    {
        var s = ParsedSentence.Of("The parliament ratified the treaty the two leaders signed.");
        var kept = Apply(s, ("ratified", false), ("signed", false));
        Assert.Equal([EventTypes.Agreement + "/ratification"], kept);
    }
}
