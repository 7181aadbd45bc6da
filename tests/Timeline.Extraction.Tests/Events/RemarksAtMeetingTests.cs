using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Events;

/// <summary>What one side says at its meeting with the other is a statement about the pair, even when only its own state is named.</summary>
public class RemarksAtMeetingTests
{
    private static IReadOnlyList<ExtractedEvent> Run(string text, string published) => Stories.Extract(text, published);

    [Theory]
    [InlineData("Kim Jong Un met Sergei Shoigu in Pyongyang on Friday. Shoigu affirmed that Moscow stood ready to honour every clause of the treaty.", "2025-03-22", "Sergei Shoigu", "2025-03-21")]
    [InlineData("التقى وزير الخارجية الروسي سيرغي لافروف الزعيم كيم جونغ أون في وونسان السبت. وقال لافروف إن موسكو لن تتراجع عن التزاماتها.", "2025-07-13", "Sergey Lavrov", "2025-07-12")]
    public void A_participant_speaking_of_its_own_state_after_the_meeting_makes_a_statement_on_the_meetings_day(string text, string published, string speaker, string date)
    {
        var statement = Assert.Single(Run(text, published), e => e.Type == EventTypes.Statement);
        Assert.Equal(speaker, statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal(date, statement.Date?.Value);
    }

    [Theory]
    [InlineData("Dmitry Medvedev held talks in Pyongyang on Thursday with Jo Yong Won, a secretary of the ruling party, who said ties with Moscow were growing fast.", "2025-10-09")]
    [InlineData("وعقد مدفيديف، اليوم، جولة مباحثات مع تشو يونغ وون، أحد أمناء اللجنة المركزية في الحزب الحاكم بكوريا الشمالية، الذي أكد أن العلاقات مع موسكو تنمو بسرعة.", "2025-10-10")]
    public void What_the_other_side_says_in_a_relative_clause_after_the_talks_is_its_statement_at_them(string text, string date)
    {
        var events = Run(text, "2025-10-10");
        Assert.Contains(events, e => e.Type == EventTypes.Meeting && e.Date?.Value == date);
        var statement = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal("Jo Yong Won", statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal(date, statement.Date?.Value);
    }

    [Theory]
    [InlineData("Kim Jong Un and Sergei Shoigu toured a weapons exhibition in Pyongyang on Wednesday. He told Shoigu that the Russian army would win.")]
    [InlineData("Sergei Shoigu visited an arms fair in Pyongyang with Kim Jong Un on Wednesday. During the visit, he told Shoigu that the Russian army would win.")]
    public void He_who_tells_the_visitor_something_during_the_visit_is_the_host_and_makes_a_statement(string text)
    {
        var statement = Assert.Single(Run(text, "2023-07-27"), e => e.Type == EventTypes.Statement);
        Assert.Equal("Kim Jong Un", statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal("2023-07-26", statement.Date?.Value);
    }

    [Theory]
    // Said months before the meeting: another occasion.
    [InlineData("Kim Jong Un met Sergei Shoigu in Pyongyang on Friday. In January, Shoigu said Moscow would rebuild its army.")]
    // Said by someone who was not at the meeting.
    [InlineData("Kim Jong Un met Sergei Shoigu in Pyongyang on Friday. Peskov said Moscow would rebuild its army.")]
    public void A_remark_about_one_state_by_someone_else_or_on_another_day_is_no_statement_about_the_pair(string text)
    {
        Assert.DoesNotContain(Run(text, "2025-03-22"), e => e.Type == EventTypes.Statement);
    }

    [Fact]
    public void A_state_named_inside_a_quotation_after_a_colon_is_not_its_speaker()
    {
        var events = Run("استقبل كيم جونغ أون وزير الخارجية الروسي سيرغي لافروف في وونسان السبت. وقال لافروف إن موسكو لن تتراجع عن التزاماتها. وأضاف: \"روسيا لن تنسى من وقف معها\".", "2025-07-13");
        var statements = events.Where(e => e.Type == EventTypes.Statement).ToList();
        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Equal("Sergey Lavrov", s.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name));
    }

    [Theory]
    [InlineData("Lavrov met Kim Jong Un in Wonsan on Friday. After the talks, Kim visited the DPRK's east coast on Saturday.")]
    [InlineData("Lavrov met Kim Jong Un in Wonsan on Friday. After the talks, Kim visited North Korea's east coast on Saturday.")]
    public void A_leader_travelling_at_home_after_talks_with_the_other_side_pays_no_visit(string text)
    {
        Assert.DoesNotContain(Run(text, "2025-07-13"), e => e.Type == EventTypes.Visit);
    }

    [Theory]
    [InlineData("Putin told Kim in a birthday letter that the friendship of their peoples would only grow.", "Vladimir Putin")]
    [InlineData("وذكرت الوكالة أن بوتين قال لكيم في رسالة بمناسبة العيد الوطني إن الصداقة بين البلدين ستزداد متانة.", "Vladimir Putin")]
    public void Words_written_to_the_other_leader_are_a_message_not_talks(string text, string writer)
    {
        var events = Run(text, "2025-09-10");
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Meeting);
        var message = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal(writer, message.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Fact]
    public void Words_told_at_talks_are_still_talks()
    {
        Assert.Contains(Run("Putin told Kim at their talks in Pyongyang that the friendship would only grow.", "2024-06-20"), e => e.Type == EventTypes.Meeting);
    }
}
