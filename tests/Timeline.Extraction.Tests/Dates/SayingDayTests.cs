using System.Globalization;
using Timeline.Contracts;
using Timeline.Extraction.Extraction;
using Timeline.Extraction.Extraction.Dates;
using Timeline.Extraction.Extraction.Text;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Dates;

/// <summary>
/// A weekday right before «أن»/"that" is the day something was said, gone by at publication even when what was said is a
/// plan. Sentences written for these tests; 2024-10-17 is a Thursday.
/// </summary>
public class SayingDayTests
{
    [Theory]
    [InlineData("The ministry confirmed Tuesday that the minister will travel to Pyongyang.", "2024-10-15")]
    [InlineData("The ministry said in a short statement on Wednesday that the minister will travel to Pyongyang.", "2024-10-16")]
    [InlineData("أعلنت الوزارة الثلاثاء أن الوزير سيتوجه إلى بيونغ يانغ.", "2024-10-15")]
    [InlineData("أكدت الوزارة، الأربعاء، أن الوزير سيتوجه إلى بيونغ يانغ.", "2024-10-16")]
    // Every clause marked as speaking of the future, as a plan told after «أن» marks its neighbours.
    public void A_weekday_before_what_is_said_is_the_day_it_was_said(string sentence, string expected) =>
        Assert.Equal(expected, DateResolver.Default.Find(sentence, Tokens(sentence), new DateOnly(2024, 10, 17), ulong.MaxValue).Single().Date.Value);

    [Theory]
    // Told of the future without «أن»/"that" after it, the weekday still points forward.
    [InlineData("The minister will travel to Pyongyang on Tuesday.", "2024-10-22")]
    [InlineData("من المقرر أن يصل الوزير، الثلاثاء، إلى بيونغ يانغ.", "2024-10-22")]
    public void A_weekday_of_a_plan_points_forward(string sentence, string expected) =>
        Assert.Equal(expected, DateResolver.Default.Find(sentence, Tokens(sentence), new DateOnly(2024, 10, 17), ulong.MaxValue).Single().Date.Value);

    [Theory]
    [InlineData("Peskov confirmed Wednesday that Kim Jong Un will visit Russia in the coming days.")]
    [InlineData("أكد بيسكوف الأربعاء أن كيم جونغ أون سيزور روسيا في الأيام المقبلة.")]
    public void A_remark_about_a_visit_to_come_is_dated_to_the_day_it_was_made(string text)
    {
        var events = Stories.Extract(text, "2024-10-17");
        Assert.DoesNotContain(events, e => e.Date?.Value == "2024-10-23");
        var visit = Assert.Single(events, e => e.Type == EventTypes.Visit);
        Assert.Equal(Modalities.Planned, visit.Modality);
    }

    /// <summary>The sentence's words, as the extractor splits them into clauses.</summary>
    private static List<Token> Tokens(string sentence) => Tokenizer.Tokenize(sentence, 0, sentence.Length, ExtractionData.Default.ClauseOpeners);
}
