using Timeline.Extraction.Extraction;
using Timeline.Extraction.Extraction.Arguments;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Arguments;

/// <summary>Clauses corrected for dates: a date between commas is an aside of its clause; a date between a name and its verb is skipped.</summary>
public class ClauseChunkerTests
{
    private static readonly ClauseChunker Chunker = new(ExtractionData.Default);

    [Theory]
    [InlineData("استقبل الرئيس، أمس السبت، وزير الخارجية الزائر.", "استقبل", "وزير")]
    [InlineData("قال الوزير، الخميس، إن المحادثات كانت مثمرة.", "قال", "ان")]
    [InlineData("The minister said, on Thursday, that the talks had gone well.", "said", "that")]
    public void A_date_set_off_by_commas_joins_the_clauses_around_it(string text, string before, string after)
    {
        var s = ParsedSentence.Of(text);
        Assert.NotEqual(s.Tokens[s.At(before)].Clause, s.Tokens[s.At(after)].Clause);
        var joined = Chunker.JoinDateAsides(s.Tokens, s.Dates, s.Covered);
        Assert.NotNull(joined);
        Assert.Equal(joined[s.At(before)].Clause, joined[s.At(after)].Clause);
    }

    [Theory]
    [InlineData("توجه رئيس الوزراء الكوري الشمالي باك تاي سونغ، يوم الأحد إلى قازان.", "توجه", "الي")]
    [InlineData("وصل الوفد الروسي برئاسة الوزير، صباح اليوم الثلاثاء إلى بيونغ يانغ.", "وصل", "الي")]
    public void An_arabic_date_after_a_comma_that_the_clause_goes_on_from_joins_it(string text, string verb, string preposition)
    {
        var s = ParsedSentence.Of(text);
        var joined = Chunker.JoinDateAsides(s.Tokens, s.Dates, s.Covered);
        Assert.NotNull(joined);
        Assert.Equal(joined[s.At(verb)].Clause, joined[s.At(preposition)].Clause);
    }

    [Fact]
    public void Choe_arriving_with_the_day_set_off_by_one_comma_visits_Moscow()
    {
        var events = Stories.Extract("وصلت وزيرة الخارجية الكورية الشمالية تشوي سون هوي، يوم الاثنين إلى موسكو.", "2024-11-05");
        var visit = Assert.Single(events, e => e.Type == Timeline.Contracts.EventTypes.Visit);
        Assert.Equal("Moscow", visit.Location);
        Assert.Equal("2024-11-04", visit.Date?.Value);
    }

    [Theory]
    [InlineData("The minister arrived in the port, after two long days of talks on Friday, and left.")]
    [InlineData("وصل الوزير إلى الميناء، بعد يومين من المحادثات يوم الجمعة، ثم غادر.")]
    public void A_clause_with_words_of_its_own_around_a_date_stays_a_clause(string text)
    {
        var s = ParsedSentence.Of(text);
        Assert.NotEmpty(s.Dates);
        Assert.Null(Chunker.JoinDateAsides(s.Tokens, s.Dates, s.Covered));
    }

    [Theory]
    [InlineData("Kim Jong Un on Friday received the visiting minister.", "friday")]
    [InlineData("استقبل كيم جونغ أون يوم الجمعة الوزير الزائر.", "الجمعة")]
    public void A_date_inside_its_clause_is_skipped_like_a_name(string text, string dateWord)
    {
        var s = ParsedSentence.Of(text);
        var covered = ClauseChunker.WithDates(s.Tokens, s.Covered, s.Dates);
        Assert.False(s.Covered[s.At(dateWord)]);
        Assert.True(covered[s.At(dateWord)]);
    }

    [Fact]
    public void A_date_that_closes_its_clause_still_separates_it_from_the_next()
    {
        var s = ParsedSentence.Of("The minister came to the port on Friday, and the talks began.");
        Assert.Same(s.Covered, ClauseChunker.WithDates(s.Tokens, s.Covered, s.Dates));
    }
}
