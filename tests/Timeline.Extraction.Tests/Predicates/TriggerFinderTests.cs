using Timeline.Contracts;
using Timeline.Extraction.Extraction;
using Timeline.Extraction.Extraction.Predicates;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>The words that tell an event, and how the text tells it: found, negated, hearsay, planned, framed.</summary>
public class TriggerFinderTests
{
    private static readonly NounTriggers Nouns = new(ExtractionData.Default);

    [Theory]
    [InlineData("تفقد رئيس الوزراء مصنعا للجرارات في المدينة.", "تفقد", "visit")]
    [InlineData("The prime minister inspected a tractor plant in the city.", "inspected", "visit")]
    [InlineData("وقع الوزيران اتفاقا للتعاون في مجال الصيد.", "وقع", "agreement")]
    [InlineData("The two ministers signed a deal on fishing.", "signed", "agreement")]
    [InlineData("The minister said the talks had gone well.", "said", "statement")]
    public void A_trigger_of_the_lexicon_is_found_with_its_type(string text, string word, string type)
    {
        var s = ParsedSentence.Of(text);
        Assert.Equal(type, s.HitAt(word).Entry.Type);
    }

    [Theory]
    [InlineData("The minister spoke about the weather and the harvest.")]
    [InlineData("تحدث الوزير عن الطقس والحصاد.")]
    public void A_sentence_without_a_trigger_has_none(string text) => Assert.Empty(ParsedSentence.Of(text).Hits);

    [Theory]
    [InlineData("The two ministers did not sign any deal on fishing.", "sign", true)]
    [InlineData("لم يوقع الوزيران أي اتفاق للصيد.", "يوقع", true)]
    [InlineData("The two ministers signed a deal on fishing.", "signed", false)]
    [InlineData("Neither a trip to Pyongyang nor talks in Moscow are planned.", "trip", true)]
    [InlineData("Neither a trip to Pyongyang nor talks in Moscow are planned.", "talks", true)]
    [InlineData("وقع الوزيران اتفاقا للصيد.", "وقع", false)]
    public void A_negation_before_the_trigger_in_its_clause_negates_it(string text, string word, bool negated)
    {
        var s = ParsedSentence.Of(text);
        Assert.Equal(negated, ModalityReader.IsNegated(s.Tokens, s.Cues, s.HitAt(word)));
    }

    [Theory]
    [InlineData("The minister will visit the port city next week.", "visit", Modalities.Planned)]
    [InlineData("سيزور الوزير المدينة الساحلية الأسبوع المقبل.", "سيزور", Modalities.Planned)]
    // A visit or meeting that may happen is one being prepared ("Putin and Kim may meet in Beijing", "would receive");
    // anything else that may happen is no fact.
    [InlineData("The minister may visit the port city next week.", "visit", Modalities.Planned)]
    [InlineData("قد يلتقي الوزيران في بكين الشهر المقبل.", "يلتقي", Modalities.Planned)]
    [InlineData("The two ministers may sign a deal on fishing.", "sign", Modalities.Hypothetical)]
    [InlineData("The minister visited the port city last week.", "visited", Modalities.Occurred)]
    public void The_modality_is_read_around_the_trigger(string text, string word, string modality)
    {
        var s = ParsedSentence.Of(text);
        Assert.Equal(modality, ModalityReader.ReadModality(s.Tokens, s.Cues, s.HitAt(word)));
    }

    [Theory]
    [InlineData("Amid reports that the two sides signed a secret deal, the minister left.", "signed", true)]
    [InlineData("The two sides signed a deal, and the minister left.", "signed", false)]
    [InlineData("A Russian trade delegation has reportedly arrived in Pyongyang for talks.", "arrived", false)]
    [InlineData("North Korea has reportedly sent artillery shells to Russia.", "sent", true)]
    public void What_unnamed_reports_say_is_hearsay(string text, string word, bool hearsay)
    {
        var s = ParsedSentence.Of(text);
        Assert.Equal(hearsay, ModalityReader.Hearsay(s.Tokens, s.Cues, s.HitAt(word)));
    }

    [Theory]
    [InlineData("وتأتي الزيارة بعد أسابيع من المحادثات.", "الزيارة", true)]
    [InlineData("وقال الوزير إن الزيارة كانت ناجحة.", "الزيارة", false)]
    public void A_noun_framed_as_the_article_s_own_event_is_framing(string text, string word, bool framing)
    {
        var s = ParsedSentence.Of(text);
        Assert.Equal(framing, Nouns.Framing(s.Tokens, s.HitAt(word)));
    }

    [Theory]
    [InlineData("Lavrov praised the new level reached in ties between Moscow and Pyongyang.")]
    [InlineData("Shoigu hailed the understanding reached in talks between Russia and North Korea.")]
    public void A_level_reached_in_ties_is_no_journey(string text)
    {
        Assert.DoesNotContain(Stories.Extract(text, "2023-10-20"), e => e.Type == EventTypes.Visit);
    }

    [Fact]
    public void Reaching_a_capital_is_a_journey()
    {
        Assert.Contains(Stories.Extract("Sergey Lavrov reached Pyongyang on Wednesday.", "2023-10-20"), e => e.Type == EventTypes.Visit);
    }
}
