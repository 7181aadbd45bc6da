using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Time;

/// <summary>Sentences a page glued at the full stop keep their own dates; sentences written for these tests.</summary>
public class GluedSentencesTests
{
    [Theory]
    [InlineData("Sergey Lavrov met Choe Son Hui in Moscow on Monday.Kim Jong Un received a Russian delegation in Pyongyang on Tuesday.")]
    [InlineData("التقى سيرغي لافروف تشوي سون هوي في موسكو الاثنين.واستقبل كيم جونغ أون وفدا روسيا في بيونغ يانغ الثلاثاء.")]
    public void Each_glued_sentence_keeps_its_own_day(string text)
    {
        var events = Stories.Extract(text, "2025-03-12");
        Assert.Contains(events, e => e.Type == EventTypes.Meeting && e.Date?.Value == "2025-03-10" && e.Participants.Any(p => p.Name == "Sergey Lavrov"));
        Assert.Contains(events, e => e.Type == EventTypes.Meeting && e.Date?.Value == "2025-03-11" && e.Participants.Any(p => p.Name == "Kim Jong Un"));
    }

    [Fact]
    public void A_quote_closing_on_a_full_stop_ends_its_sentence()
    {
        var events = Stories.Extract(
            "On landing, Medvedev wrote on social media: \"Friends stand together.\" The next day, Medvedev held talks with Cho Yong-won in Pyongyang on Thursday.", "2025-10-10");

        var meeting = Assert.Single(events, e => e.Type == EventTypes.Meeting);
        Assert.StartsWith("The next day", meeting.Evidence.Sentence, StringComparison.Ordinal);
        Assert.Contains(meeting.Participants, p => p.Name == "Jo Yong Won");
    }
}
