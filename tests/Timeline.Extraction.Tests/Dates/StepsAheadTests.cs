using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Dates;

/// <summary>
/// "will arrive on Tuesday, before signing the treaty on Wednesday", «سيصل الثلاثاء، قبل أن يوقع الأربعاء»: what is to
/// follow a planned step is planned too, on its own day; sentences written for these tests.
/// </summary>
public class StepsAheadTests
{
    [Fact]
    public void A_signing_before_which_a_planned_arrival_comes_is_planned_for_its_own_coming_day()
    {
        var events = Stories.Extract("The Kremlin said Putin will arrive in Pyongyang on Tuesday evening, where he will attend a concert, before signing a treaty with Kim Jong Un on Wednesday.", "2024-06-17");
        var signing = Assert.Single(events, e => e.Type == EventTypes.Agreement);
        Assert.Equal("2024-06-19", signing.Date?.Value);
        Assert.Equal(Modalities.Planned, signing.Modality);
    }

    [Fact]
    public void An_arabic_signing_after_qabla_an_a_planned_arrival_is_planned_for_its_own_coming_day()
    {
        var events = Stories.Extract("أعلن الكرملين أن الرئيس فلاديمير بوتين سيصل إلى بيونغ يانغ الثلاثاء، قبل أن يوقع مع كيم جونغ أون معاهدة الشراكة الأربعاء.", "2024-06-17");
        var signing = Assert.Single(events, e => e.Type == EventTypes.Agreement);
        Assert.Equal("2024-06-19", signing.Date?.Value);
        Assert.Equal(Modalities.Planned, signing.Modality);
    }

    [Fact]
    public void The_day_of_the_step_before_is_not_the_day_of_what_follows_it()
    {
        var events = Stories.Extract("Putin will arrive in Pyongyang on Tuesday before signing a treaty with Kim Jong Un on Wednesday.", "2024-06-17");
        var signing = Assert.Single(events, e => e.Type == EventTypes.Agreement);
        Assert.Equal("2024-06-19", signing.Date?.Value);
    }

    [Fact]
    public void A_day_opening_the_sentence_still_dates_the_step_told_after_it()
    {
        var events = Stories.Extract("On Tuesday, after arriving in Pyongyang, Putin met Kim Jong Un at the airport.", "2024-06-20");
        var arrival = Assert.Single(events, e => e.Type == EventTypes.Visit);
        Assert.Equal("2024-06-18", arrival.Date?.Value);
    }
}
