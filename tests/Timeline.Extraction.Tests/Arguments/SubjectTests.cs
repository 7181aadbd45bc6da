using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Arguments;

/// <summary>Who acts: the subject a clause names, wherever the outlet puts its time words and asides.</summary>
public class SubjectTests
{
    private static IReadOnlyList<ExtractedEvent> Run(string text, string published) => Stories.Extract(text, published);

    [Theory]
    // A date between the subject and its verb, without commas.
    [InlineData("Vladimir Putin on Tuesday hosted Kim Jong Un at the Vostochny space centre.", "Vladimir Putin", "Kim Jong Un", "2023-09-12")]
    [InlineData("استقبل بوتين يوم الثلاثاء كيم جونغ أون في قاعدة فوستوشني.", "Vladimir Putin", "Kim Jong Un", "2023-09-12")]
    // An English subject stands before its verb, even when a relative clause and a date keep them apart from the object.
    [InlineData("Kim Jong Un, who also leads the ruling party, received on September 12 Sergei Shoigu.", "Kim Jong Un", "Sergei Shoigu", "2023-09-12")]
    public void The_subject_of_the_clause_acts(string text, string actor, string counterpart, string date)
    {
        var meeting = Assert.Single(Run(text, "2023-09-14"), e => e.Type == EventTypes.Meeting);
        Assert.Equal(actor, meeting.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(meeting.Participants, p => p.Name == counterpart);
        Assert.Equal(date, meeting.Date?.Value);
    }

    [Theory]
    [InlineData("Kim Yo Jong on Friday condemned that North Korea was being blamed for arms sales to Russia.", "Kim Yo Jong")]
    [InlineData("Dmitry Peskov on Monday praised that North Korea and Russia had deepened their ties.", "Dmitry Peskov")]
    public void A_speaker_is_never_taken_from_what_is_said(string text, string speaker)
    {
        var statement = Assert.Single(Run(text, "2024-05-20"), e => e.Type == EventTypes.Statement);
        Assert.Equal(speaker, statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Theory]
    [InlineData("وتجدر الإشارة إلى أن سيرغي شويغو، الذي يرأس مجلس الأمن الروسي، زار بيونغ يانغ الشهر الماضي.")]
    [InlineData("It is worth noting that Sergei Shoigu, who heads Russia's Security Council, visited Pyongyang last month.")]
    public void The_body_inside_a_relative_clause_is_not_the_subject_of_the_verb_after_it(string text)
    {
        var visit = Assert.Single(Stories.Extract(text, "2025-07-10"), e => e.Type == EventTypes.Visit);
        Assert.Equal("Sergei Shoigu", visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Theory]
    [InlineData("Sergey Lavrov attacked Washington's policy on Pyongyang and praised ties between Russia and North Korea.", "Sergey Lavrov")]
    [InlineData("Dmitry Peskov dismissed the reports about Seoul and praised cooperation between Russia and North Korea.", "Dmitry Peskov")]
    public void A_second_verb_after_and_shares_the_first_verbs_subject_not_its_object(string text, string speaker)
    {
        var remark = Assert.Single(Run(text, "2023-10-20"), e => e.Type == EventTypes.Statement);
        Assert.Equal(speaker, remark.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Fact]
    public void The_one_told_after_a_relative_clause_is_not_the_speaker()
    {
        var talks = Assert.Single(Run("Kim Jong Un, who had opened a new beach resort, told Sergey Lavrov on Saturday that Pyongyang would back Moscow.", "2025-07-13"));
        Assert.Equal("Kim Jong Un", talks.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(talks.Participants, p => p.Name == "Sergey Lavrov" && p.Role != ParticipantRoles.Actor);
    }

    [Theory]
    [InlineData("Choe Son Hui is visiting Russia on January 15-17 at the invitation of her Russian counterpart Sergey Lavrov.", "Sergey Lavrov")]
    [InlineData("وصلت وزيرة الخارجية الكورية الشمالية تشوي سون هوي إلى موسكو يوم الأحد بدعوة من نظيرها الروسي سيرغي لافروف.", "Sergey Lavrov")]
    [InlineData("وصل وفد كوري شمالي برئاسة ري هي يونغ إلى موسكو أمس بدعوة من حزب روسيا الموحدة.", "United Russia")]
    public void Who_invites_is_named_after_the_invitation_of(string text, string inviter)
    {
        var invitation = Assert.Single(Run(text, "2024-01-15"), e => e.Type == EventTypes.Invitation);
        Assert.Equal(inviter, invitation.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Theory]
    [InlineData("وفي خطوة تعكس التقارب بين موسكو وبيونغ يانغ، أرسل الرئيس الروسي فلاديمير بوتين برقية تهنئة إلى كيم جونغ أون.", "Vladimir Putin")]
    [InlineData("وفي ظل تنامي العلاقات بين روسيا وكوريا الشمالية، بعث الزعيم كيم جونغ أون رسالة إلى فلاديمير بوتين.", "Kim Jong Un")]
    public void A_person_right_after_an_arabic_verb_acts_not_the_states_of_the_phrase_before_it(string text, string actor)
    {
        var message = Assert.Single(Run(text, "2025-10-08"), e => e.Type == EventTypes.Statement);
        Assert.Equal(actor, message.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Theory]
    [InlineData("وتلقى الزعيم كيم جونغ أون الأحد رسالة من الرئيس فلاديمير بوتين.", "Vladimir Putin", "Kim Jong Un")]
    [InlineData("تلقى بوتين برقية تهنئة من الزعيم الكوري الشمالي بمناسبة يوم روسيا.", "Kim Jong Un", "Vladimir Putin")]
    public void Who_sent_a_message_someone_received_speaks(string text, string sender, string recipient)
    {
        var message = Assert.Single(Run(text, "2025-06-12"), e => e.Type == EventTypes.Statement);
        Assert.Equal(sender, message.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(message.Participants, p => p.Name == recipient);
    }

    [Theory]
    [InlineData("Kim Jong Un, in his opening remarks, underscored North Korea's duty to stand by Russia.", "Kim Jong Un")]
    [InlineData("Putin, speaking to reporters after the parade, said North Korean soldiers had fought bravely for Russia.", "Vladimir Putin")]
    public void A_name_set_off_before_a_short_aside_is_the_subject_of_the_verb_after_it(string text, string speaker)
    {
        var statement = Assert.Single(Run(text, "2025-09-03"), e => e.Type == EventTypes.Statement);

        Assert.Equal(speaker, statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Theory]
    [InlineData("وذكرت الوزارة في بيان أن الوزير الروسي سيرغي لافروف، دعا كيم جونغ أون إلى زيارة موسكو.", "Sergey Lavrov", "Kim Jong Un")]
    [InlineData("وبحسب البيان، فإن وزير الخارجية الروسي سيرغي لافروف، دعا كيم جونغ أون إلى زيارة موسكو.", "Sergey Lavrov", "Kim Jong Un")]
    public void The_subject_of_an_arabic_that_clause_set_off_by_a_comma_acts_and_the_name_after_the_verb_is_its_object(string text, string inviter, string guest)
    {
        var invitation = Assert.Single(Run(text, "2025-07-13"), e => e.Type == EventTypes.Invitation);
        Assert.Equal(inviter, invitation.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(invitation.Participants, p => p.Name == guest && p.Role == ParticipantRoles.Counterpart);
    }

    [Theory]
    [InlineData("أعلن الزعيم الكوري الشمالي كيم جونغ أون، السبت، أن زيارته لروسيا تعبر عن الأهمية التي توليها بلاده للعلاقات مع موسكو.", "Kim Jong Un")]
    // Not the last person named, who received the message: the subject who brought it.
    [InlineData("نقل وزير الخارجية الروسي سيرغي لافروف، اليوم السبت، رسالة من الرئيس الروسي فلاديمير بوتين، إلى الزعيم الكوري الشمالي كيم جونغ أون، في إطار زيارته إلى بيونغ يانغ.", "Sergey Lavrov")]
    // "Her visit": the woman told of before, when the sentence names nobody.
    [InlineData("غادرت وزيرة الخارجية تشوي سون هوي بيونغ يانغ متوجهة إلى موسكو. وتأتي هذه الرحلة بعد عام من زيارتها الأخيرة لموسكو.", "Choe Son Hui")]
    public void His_visit_is_the_visit_of_the_subject_not_of_the_state_visited(string text, string visitor)
    {
        var events = Run(text, "2025-07-12");
        Assert.DoesNotContain(events, e => e.Participants.Any(p => p.Role == ParticipantRoles.Actor && p.Name == "Russia"));
        var visit = Assert.Single(events, e => e.Type == EventTypes.Visit);
        Assert.Equal(visitor, visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }
}
