using Timeline.Contracts;
using Timeline.Extraction.Extraction;
using Timeline.Extraction.Extraction.Dates;
using Timeline.Extraction.Extraction.Discourse;
using Timeline.Extraction.Extraction.Time;
using Timeline.Extraction.Tests.Extraction;
using Timeline.Lexicon;

namespace Timeline.Extraction.Tests.Time;

/// <summary>Which of a sentence's dates is the date of each event, and what an undated event gets.</summary>
public class EventDaterTests
{
    private static readonly EventDater Dater = new(Gazetteer.Default, ExtractionData.Default);

    private static string? DateOf(ParsedSentence s, string trigger, DocumentState? doc = null)
    {
        var c = s.CandidateAt(trigger);
        Dater.AssignDate(c, s.HitAt(trigger), s.Hits, s.Dates, s.Published, doc ?? new DocumentState());
        return c.Date?.Value;
    }

    [Theory]
    // Each verb takes the date of its own clause, not the one nearer in the text.
    [InlineData("The ministers met on Wednesday, a month after the two sides signed a deal on June 12.", "met", "2024-06-19")]
    [InlineData("The ministers met on Wednesday, a month after the two sides signed a deal on June 12.", "signed", "2024-06-12")]
    [InlineData("التقى الوزيران يوم الأربعاء، بعد شهر من توقيع الجانبين اتفاقا في 12 يونيو.", "التقى", "2024-06-19")]
    // The clause's own date wins over a nearer-looking date in a clause of its own.
    [InlineData("The ministers met in the port city on Wednesday, two days before the June 21 holiday.", "met", "2024-06-19")]
    [InlineData("التقى الوزيران في المدينة الساحلية يوم الأربعاء، قبل يومين من عطلة 21 يونيو.", "التقى", "2024-06-19")]
    // A date set off before the verb's clause, in a clause that tells nothing, dates it.
    [InlineData("On Wednesday, the ministers met in the port city.", "met", "2024-06-19")]
    // A relative clause after a verb dates its own noun; after an event noun, it dates that event, and so what happened in it.
    [InlineData("Washington says Pyongyang sent shells to Russia for the war in Ukraine, which Moscow invaded in February 2022.", "sent", null)]
    [InlineData("Kim invited Putin to visit during their summit, which was held in September in the Russian Far East.", "invited", "2023-09")]
    // A clause describing the noun before the verb dates that noun's story, not the verb.
    [InlineData("The fishing pact, concluded in April by the two ministers, has come into force.", "come", null)]
    [InlineData("The fishing pact, which the two ministers concluded in April, has come into force.", "come", null)]
    [InlineData("The fishing pact came into force on Wednesday, two months after it was concluded in April.", "came", "2024-06-19")]
    public void An_event_takes_the_date_of_its_own_clause(string text, string trigger, string? date) =>
        Assert.Equal(date, DateOf(ParsedSentence.Of(text), trigger));

    [Fact]
    public void A_date_in_another_event_s_clause_leaves_an_event_undated()
    {
        var s = ParsedSentence.Of("The ministers met in the port city, and the two sides had signed a fishing deal on June 12 after long talks.");
        Assert.Null(DateOf(s, "met"));
    }

    [Theory]
    [InlineData("In June of last year, the two governments agreed to build a road bridge over the border river, as the leaders of both countries signed a comprehensive strategic partnership treaty.", "signed")]
    [InlineData("وفي يونيو من العام الماضي، اتفق البلدان على بناء جسر للسيارات فوق النهر الحدودي، بينما وقّع زعيما البلدين معاهدة للشراكة الاستراتيجية الشاملة.", "وقّع")]
    public void A_date_opening_the_sentence_dates_its_later_clauses(string text, string trigger) =>
        Assert.Equal("2023-06", DateOf(ParsedSentence.Of(text), trigger));

    [Fact]
    public void The_day_before_counts_from_the_article_s_last_day()
    {
        var doc = new DocumentState { LastDay = EventDates.Day(new DateOnly(2024, 6, 10)) };
        Assert.Equal("2024-06-09", DateOf(ParsedSentence.Of("The day before, the ministers met in the port city."), "met", doc));
    }

    [Fact]
    public void What_state_media_said_earlier_in_the_day_after_a_look_back_counts_from_the_news_day()
    {
        var events = Stories.Extract(
            "Choe praised the summit the two leaders held in Beijing on Sept. 3. The North's state media said earlier in the day that Choe had left for Moscow.", "2025-10-27");

        var visit = Assert.Single(events, e => e.Type == EventTypes.Visit);
        Assert.Equal("2025-10-27", visit.Date!.Value);
    }

    [Fact]
    public void An_undated_event_gets_the_publication_month()
    {
        var s = ParsedSentence.Of("The ministers met in the port city.");
        var c = s.CandidateAt("met");
        Dater.ResolveUndated([c], s.Published);
        Assert.Equal(EventDates.Month(2024, 6), c.Date);
        Assert.Equal(DateDerivations.PublicationDate, c.Derivation);
    }

    [Theory]
    [InlineData("أعلنت السكك الحديدية الروسية، الشركة المملوكة للدولة، الأربعاء، أن موسكو وبيونغ يانغ تعتزمان إعادة تسيير القطار المباشر بين العاصمتين.")]
    [InlineData("أكدت شركة السكك الحديدية الروسية، وهي المشغل الحكومي للخط، يوم الأربعاء، أن موسكو وبيونغ يانغ ستعيدان القطار المباشر إلى الخدمة.")]
    public void A_report_s_day_stands_between_its_verb_and_what_is_said_past_the_asides_about_the_speaker(string text)
    {
        var report = Assert.Single(Stories.Extract(text, "2024-06-20"), e => e.Type == EventTypes.Statement);
        Assert.Equal("2024-06-19", report.Date?.Value);
    }

    [Fact]
    public void A_closing_attribution_is_not_dated_by_the_plan_it_reports()
    {
        var events = Stories.Extract("A summit with Kim Jong Un is on the agenda for this year, Andrei Rudenko, Russia's Deputy Foreign Minister, has said.", "2025-03-27");
        var statement = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal("2025-03-27", statement.Date?.Value);
    }

    [Theory]
    [InlineData("Kim Yo Jong has again rejected claims of arms deals with Russia, KCNA said on Friday.")]
    [InlineData("Kim Yo Jong has again rejected claims of arms deals with Russia, KCNA said on Friday, adding that her country sells no weapons.")]
    public void A_remark_takes_the_day_of_the_attribution_that_closes_its_sentence(string text)
    {
        var events = Stories.Extract(text, "2024-05-18");
        var rejection = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal("2024-05-17", rejection.Date?.Value);
    }

    [Theory]
    [InlineData("اتفق الجانبان الروسي والكوري الشمالي على تعزيز التعاون بينهما خلال العام المقبل.")]
    [InlineData("Russia and North Korea agreed to expand cooperation next year.")]
    public void A_future_time_inside_what_was_agreed_does_not_make_the_agreement_a_plan(string text)
    {
        var agreement = Assert.Single(Stories.Extract(text, "2023-11-22"), e => e.Type == EventTypes.Agreement);
        Assert.Equal(Modalities.Occurred, agreement.Modality);
        Assert.Equal("2023-11", agreement.Date?.Value);
    }

    [Theory]
    [InlineData("North Korean leader Kim Jong Un has received a Russian military delegation headed by Deputy Defense Minister Alexei Krivoruchko, state radio reported on Friday.\nThe broadcaster reported that the meeting took place on Thursday, July 18.")]
    [InlineData("استقبل الزعيم الكوري الشمالي كيم جونغ أون وفدا عسكريا روسيا برئاسة نائب وزير الدفاع الروسي أليكسي كريفوروتشكو، حسبما أفادت الإذاعة الجمعة.\nوذكرت الإذاعة أن اللقاء جرى يوم الخميس 18 يوليو.")]
    public void A_later_sentence_saying_when_the_meeting_took_place_dates_it(string text)
    {
        var meeting = Assert.Single(Stories.Extract(text, "2024-07-19"), e => e.Type == EventTypes.Meeting);
        Assert.Equal("2024-07-18", meeting.Date?.Value);
    }

    [Theory]
    [InlineData("Sergey Lavrov arrived in Pyongyang on Friday. His trip to the North will last until Sunday.")]
    [InlineData("Sergey Lavrov arrived in Pyongyang on Friday. He is scheduled to stay in North Korea until July 13.")]
    [InlineData("وصل سيرغي لافروف إلى بيونغ يانغ الجمعة. ويستمر لافروف في زيارته لكوريا الشمالية حتى الأحد.")]
    public void The_day_a_visit_lasts_until_is_its_end_not_another_visit(string text)
    {
        var visit = Assert.Single(Stories.Extract(text, "2025-07-12"), e => e.Type == EventTypes.Visit);
        Assert.Equal("2025-07-11", visit.Date?.Value);
        Assert.Equal(Modalities.Occurred, visit.Modality);
    }
}
