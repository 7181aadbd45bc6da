using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Discourse;

/// <summary>Times told against the event before them: "the day before", "the next day", «في اليوم التالي».</summary>
public class EventTimeTests
{
    [Theory]
    [InlineData("Choe Son Hui met Sergei Lavrov in Moscow on Monday. The day before, she had arrived in Moscow by plane.", "visit", "2025-10-26")]
    [InlineData("Kim Jong Un arrived in Vladivostok on Tuesday. The next day he met Putin at the space centre.", "meeting", "2023-09-13")]
    [InlineData("وصل كيم جونغ أون إلى فلاديفوستوك الثلاثاء. والتقى في اليوم التالي مع بوتين في قاعدة فوستوشني.", "meeting", "2023-09-13")]
    [InlineData("Choe Son Hui met Sergei Lavrov in Moscow on Monday. She had arrived in Moscow two days earlier.", "visit", "2025-10-25")]
    [InlineData("التقت تشوي سون هوي سيرغي لافروف في موسكو الاثنين. وكانت قد وصلت إلى موسكو قبل ذلك بيومين.", "visit", "2025-10-25")]
    public void A_day_told_against_the_event_before_counts_from_that_event(string text, string type, string date)
    {
        var published = date.StartsWith("2025", StringComparison.Ordinal) ? "2025-10-29" : "2023-09-15";
        var e = Assert.Single(Stories.Extract(text, published), x => x.Type == type);
        Assert.Equal(date, e.Date?.Value);
    }

    [Theory]
    [InlineData("Sergei Shoigu travelled to Pyongyang on June 4. At the time, he held talks with Kim Jong Un.", "2025-06-04")]
    [InlineData("زار سيرغي شويغو بيونغ يانغ في 4 يونيو. وفي ذلك الوقت، أجرى شويغو محادثات مع كيم جونغ أون.", "2025-06-04")]
    [InlineData("Sergei Shoigu travelled to Pyongyang in March. He held talks with Kim Jong Un at the time.", "2025-03")]
    [InlineData("زار سيرغي شويغو بيونغ يانغ في مارس. وأجرى شويغو آنذاك محادثات مع كيم جونغ أون.", "2025-03")]
    public void At_the_time_is_when_the_event_before_happened_at_its_precision(string text, string date)
    {
        var e = Assert.Single(Stories.Extract(text, "2025-06-17"), x => x.Type == EventTypes.Meeting);
        Assert.Equal(date, e.Date?.Value);
    }

    [Theory]
    [InlineData("وزارت تشوي سون هوي موسكو في نوفمبر الماضي، والتقت خلالها وزير الخارجية الروسي.", "meeting", "Choe Son Hui", "2024-11")]
    [InlineData("في 17 مارس الماضي قام شويغو بزيارة بيونغ يانغ، نقل خلالها رسالة من الرئيس الروسي إلى الزعيم الكوري الشمالي.", "statement", "Sergei Shoigu", "2025-03-17")]
    public void What_was_done_during_a_visit_is_the_visitors_at_the_visits_time(string text, string type, string actor, string date)
    {
        var published = date.StartsWith("2024", StringComparison.Ordinal) ? "2025-10-27" : "2025-06-04";
        var e = Assert.Single(Stories.Extract(text, published), x => x.Type == type);
        Assert.Equal(actor, e.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal(date, e.Date?.Value);
    }
}
