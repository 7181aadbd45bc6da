using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Discourse;

/// <summary>Who acts in a sentence that names nobody before its verb: the subject of the sentence before goes on.</summary>
public class SubjectContinuationTests
{
    private static IReadOnlyList<ExtractedEvent> Run(string text, string published) => Stories.Extract(text, published);

    [Theory]
    // A subject pronoun leads the clause.
    [InlineData("Lavrov arrived in Pyongyang on Wednesday. He held talks with his counterpart Choe Son Hui on Thursday.", "Sergey Lavrov", "Choe Son Hui", "2023-10-19")]
    [InlineData("Shoigu landed in Pyongyang on Wednesday. He later met Kim Jong Un for talks on Thursday.", "Sergei Shoigu", "Kim Jong Un", "2023-10-19")]
    // A possessive opens the clause before the event noun.
    [InlineData("Lavrov arrived in Pyongyang on Wednesday. His talks with Choe Son Hui on Thursday lasted three hours.", "Sergey Lavrov", "Choe Son Hui", "2023-10-19")]
    // An Arabic verb opens the sentence with nobody named right after it.
    [InlineData("وصل لافروف إلى بيونغ يانغ الأربعاء. وأجرى محادثات مع نظيرته تشوي سون هوي الخميس.", "Sergey Lavrov", "Choe Son Hui", "2023-10-19")]
    [InlineData("وصلت تشوي سون هوي إلى موسكو الأحد. والتقت الاثنين مع وزير الخارجية الروسي.", "Choe Son Hui", "Sergey Lavrov", "2023-10-16")]
    public void A_clause_without_a_subject_continues_the_one_before(string text, string actor, string counterpart, string date)
    {
        var meeting = Assert.Single(Run(text, "2023-10-20"), e => e.Type == EventTypes.Meeting);
        Assert.Equal(actor, meeting.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(meeting.Participants, p => p.Name == counterpart);
        Assert.Equal(date, meeting.Date?.Value);
    }

    [Theory]
    // The clause names its own subject: nothing is carried.
    [InlineData("Lavrov arrived in Pyongyang on Wednesday. Kim Jong Un met Choe Son Hui on Thursday.")]
    [InlineData("وصل لافروف إلى بيونغ يانغ الأربعاء. والتقى كيم جونغ أون الخميس مع تشوي سون هوي.")]
    public void A_clause_with_its_own_subject_keeps_it(string text)
    {
        Assert.DoesNotContain(Run(text, "2023-10-20"), e => e.Type == EventTypes.Meeting && e.Participants.Any(p => p.Name == "Sergey Lavrov"));
    }

    [Theory]
    [InlineData("وصل شويغو إلى بيونغ يانغ الثلاثاء. وأشار إلى أن التعاون العسكري مع كوريا الشمالية يتسع.")]
    [InlineData("وصل شويغو إلى بيونغ يانغ الثلاثاء. لكنه أشار إلى أن التعاون العسكري مع كوريا الشمالية يتسع.")]
    [InlineData("ورفع شويغو نخبا في حفل العشاء، لافتا إلى أن التعاون العسكري مع كوريا الشمالية يتسع.")]
    public void A_remark_pointed_to_without_a_subject_is_the_previous_speakers(string text)
    {
        var statement = Assert.Single(Run(text, "2023-07-26"), e => e.Type == EventTypes.Statement);
        Assert.Equal("Sergei Shoigu", statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Fact]
    public void A_coordinated_arabic_reporting_verb_speaks_for_the_sentence_subject_not_the_name_closing_the_clause_before()
    {
        var events = Run("ونقل لافروف إلى كيم تحيات الرئيس فلاديمير بوتين، وقال إن موسكو وبيونغ يانغ تربطهما «أخوة قتالية».", "2025-07-13");
        var statement = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal("Sergey Lavrov", statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Fact]
    public void Talks_that_followed_a_meeting_are_two_meetings_each_with_its_own_counterpart()
    {
        var meetings = Run("Lavrov arrived in Pyongyang on Wednesday. His talks with Kim Jong Un on Thursday followed a meeting with his counterpart, Choe Son Hui.", "2023-10-20")
            .Where(e => e.Type == EventTypes.Meeting).ToList();
        Assert.Equal(2, meetings.Count);
        Assert.Contains(meetings, m => m.Participants.Any(p => p.Name == "Kim Jong Un") && m.Participants.All(p => p.Name != "Choe Son Hui") && m.Date?.Value == "2023-10-19");
        Assert.Contains(meetings, m => m.Participants.Any(p => p.Name == "Choe Son Hui") && m.Participants.All(p => p.Name != "Kim Jong Un"));
    }

    [Theory]
    [InlineData("Choe Son Hui arrived in Moscow on November 19. Sergey Lavrov held talks with her on November 22.")]
    [InlineData("Choe Son Hui arrived in Moscow on November 19. Sergey Lavrov discussed the peninsula with her on November 22.")]
    public void Talks_with_her_are_with_the_woman_told_of_before(string text)
    {
        var meeting = Assert.Single(Run(text, "2019-11-25"), e => e.Type == EventTypes.Meeting);
        Assert.Equal("Sergey Lavrov", meeting.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(meeting.Participants, p => p.Name == "Choe Son Hui");
        Assert.Equal("2019-11-22", meeting.Date?.Value);
    }

    [Theory]
    [InlineData("Choe Son Hui thanked Vladimir Putin for receiving her on Monday. On Friday, Choe held talks with her Russian counterpart, Sergey Lavrov.")]
    [InlineData("Choe Son Hui thanked Vladimir Putin for receiving her on Monday. On Friday, Choe discussed the peninsula with her counterpart Sergey Lavrov.")]
    public void Talks_with_her_counterpart_are_not_with_the_man_told_of_before(string text)
    {
        var talks = Assert.Single(Run(text, "2024-11-05"), e => e.Type == EventTypes.Meeting && e.Date?.Value == "2024-11-01");
        Assert.Contains(talks.Participants, p => p.Name == "Sergey Lavrov");
        Assert.DoesNotContain(talks.Participants, p => p.Name == "Vladimir Putin");
    }

    [Theory]
    [InlineData("Medvedev arrived in Pyongyang on Wednesday. The ex-president held talks with Cho Yong-won on Thursday.")]
    [InlineData("Medvedev arrived in Pyongyang on Wednesday. The former president also held talks with Cho Yong-won on Thursday.")]
    [InlineData("Medvedev arrived in Pyongyang on Wednesday. The envoy held talks with Cho Yong-won on Thursday.")]
    public void The_and_a_title_without_a_name_is_the_one_told_of_before(string text)
    {
        var meeting = Assert.Single(Run(text, "2025-10-10"), e => e.Type == EventTypes.Meeting);
        Assert.Equal("Dmitry Medvedev", meeting.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(meeting.Participants, p => p.Name == "Jo Yong Won");
        Assert.Equal("2025-10-09", meeting.Date?.Value);
    }
}
