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
        Rules.ApplySentenceRules(list, s.Hits, Gazetteer.Default, s.Cues, null);
        return [.. list.Select(c => $"{c.Type}/{c.Subtype}")];
    }

    [Fact]
    public void A_remark_recalling_a_signing_months_before_is_a_statement_beside_it()
    {
        var events = Stories.Extract("Kim Jong Un said ties with Moscow had grown much closer since the two countries signed their partnership treaty in June last year.", "2025-09-04");
        Assert.Contains(events, e => e.Type == EventTypes.Statement && e.Participants.Any(p => p.Role == ParticipantRoles.Actor && p.Name == "Kim Jong Un"));
        Assert.Contains(events, e => e.Type == EventTypes.Agreement && e.Date?.Value == "2024-06");
    }

    [Fact]
    public void An_attribution_of_an_event_months_before_is_no_statement()
    {
        var events = Stories.Extract("Vladimir Putin invited Kim Jong Un to Moscow when they met in Pyongyang in June last year, according to the Kremlin.", "2025-04-29");
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Statement);
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
        Rules.ApplySentenceRules(list, s.Hits, Gazetteer.Default, s.Cues, null);
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

    [Theory]
    [InlineData("North Korea and Russia have signed a fisheries protocol, state media said. Alexander Kozlov and Yun Jong Ho signed the protocol on Wednesday.")]
    [InlineData("Russia and North Korea have signed a fisheries protocol, state media said. Yun Jong Ho and Alexander Kozlov signed the protocol on Wednesday.")]
    public void A_signing_told_by_the_two_states_and_then_by_their_ministers_is_one_agreement(string text)
    {
        var agreement = Assert.Single(Stories.Extract(text, "2024-11-21"), e => e.Type == EventTypes.Agreement);
        Assert.Equal("2024-11-20", agreement.Date?.Value);
        Assert.Contains(agreement.Participants, p => p.Name == "Alexander Kozlov");
    }

    [Fact]
    public void What_has_happened_is_not_dated_after_the_report()
    {
        var agreement = Assert.Single(Stories.Extract("Russia and North Korea agreed on a plan for sports exchanges in 2024-2026.", "2023-11-16"), e => e.Type == EventTypes.Agreement);
        Assert.Equal("2023-11", agreement.Date?.Value);
    }

    [Theory]
    [InlineData("The Kremlin's press office said on Monday that the North Korean premier would travel to Moscow next week.", "Kremlin")]
    [InlineData("أعلن الكرملين، اليوم الاثنين، أن رئيس الوزراء الكوري الشمالي سيزور موسكو الأسبوع المقبل.", "Kremlin")]
    public void An_announcement_of_a_visit_its_speaker_takes_no_part_in_is_a_statement_beside_the_visit(string text, string speaker)
    {
        var events = Stories.Extract(text, "2025-03-10");

        Assert.Contains(events, e => e.Type == EventTypes.Visit && e.Modality == Modalities.Planned);
        var statement = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal(speaker, statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal("2025-03-10", statement.Date!.Value);
    }

    [Fact]
    public void A_source_closing_the_sentence_is_no_statement_of_its_own()
    {
        var events = Stories.Extract("Putin received North Korea's foreign minister in the Kremlin on Monday, his spokesman Dmitry Peskov said.", "2025-03-11");

        Assert.DoesNotContain(events, e => e.Type == EventTypes.Statement);
    }
}
