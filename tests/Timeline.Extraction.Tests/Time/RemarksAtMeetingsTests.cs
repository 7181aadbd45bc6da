using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Time;

/// <summary>
/// What one side says at a meeting: a statement of its own, on the meeting's day, when a sentence of its own tells it;
/// part of the meeting when the sentence telling the meeting tells it too. Sentences written for these tests.
/// </summary>
public class RemarksAtMeetingsTests
{
    [Theory]
    [InlineData("North Korean Premier Pak Thae Song met Russian Natural Resources Minister Alexander Kozlov in Pyongyang on Tuesday. Kozlov said the talks had opened a new chapter in relations between the two countries.", "Alexander Kozlov")]
    [InlineData("استقبل رئيس الوزراء الكوري الشمالي باك تاي سونغ وزير الموارد الطبيعية الروسي ألكسندر كوزلوف في بيونغ يانغ يوم الثلاثاء. وقال كوزلوف إن المحادثات فتحت صفحة جديدة في العلاقات بين البلدين.", "Alexander Kozlov")]
    public void A_remark_told_in_its_own_sentence_after_the_talks_is_a_statement_on_the_day_of_the_talks(string text, string speaker)
    {
        var events = Stories.Extract(text, "2025-03-20");
        Assert.Single(events, e => e.Type == EventTypes.Meeting);
        var remark = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal(speaker, remark.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal("2025-03-18", remark.Date?.Value);
    }

    [Theory]
    [InlineData("Russian Natural Resources Minister Alexander Kozlov met North Korean Premier Pak Thae Song in Pyongyang on Tuesday. The minister said the meeting had set a course for years of work.", "Alexander Kozlov")]
    [InlineData("Russian Natural Resources Minister Alexander Kozlov met North Korean Premier Pak Thae Song in Pyongyang on Tuesday. He said the negotiations had gone well beyond trade.", "Alexander Kozlov")]
    [InlineData("Russia's ambassador held talks with Foreign Minister Choe Son Hui in Pyongyang on Tuesday. The ambassador said their talks had been frank and warm.", "Russia")]
    public void A_remark_by_the_one_named_before_on_the_talks_named_again_is_a_statement_on_the_day_of_the_talks(string text, string speaker)
    {
        var events = Stories.Extract(text, "2025-03-20");
        Assert.Single(events, e => e.Type == EventTypes.Meeting);
        var remark = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal(speaker, remark.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal("2025-03-18", remark.Date?.Value);
    }

    [Theory]
    [InlineData("Kim Jong Un received Russian Foreign Minister Sergey Lavrov in Wonsan on Saturday. Kim, who had opened a new beach resort days earlier, told Lavrov that Pyongyang would back every step Moscow took.")]
    [InlineData("استقبل كيم جونغ أون وزير الخارجية الروسي سيرغي لافروف في وونسان يوم السبت. وقال كيم للافروف إن بيونغ يانغ ستدعم كل خطوة تتخذها موسكو.")]
    public void Telling_someone_already_met_is_a_statement_of_that_meeting_not_a_second_meeting(string text)
    {
        var events = Stories.Extract(text, "2025-07-13");
        var meeting = Assert.Single(events, e => e.Type == EventTypes.Meeting);
        var remark = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal("Kim Jong Un", remark.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal("2025-07-12", meeting.Date?.Value);
        Assert.Equal("2025-07-12", remark.Date?.Value);
    }

    [Theory]
    [InlineData("Sergey Lavrov held talks with Choe Son Hui in Moscow on Friday and said the two countries' militaries had very close ties.")]
    [InlineData("أجرى سيرغي لافروف محادثات مع تشوي سون هوي في موسكو يوم الجمعة، وأكد أن جيشي البلدين تربطهما صلات وثيقة للغاية.")]
    public void A_remark_told_in_the_sentence_of_the_talks_stays_part_of_the_talks(string text)
    {
        var events = Stories.Extract(text, "2024-11-02");
        var e = Assert.Single(events);
        Assert.Equal(EventTypes.Meeting, e.Type);
    }

    [Theory]
    [InlineData("At a meeting with Sergei Shoigu in Pyongyang, North Korean leader Kim Jong Un said his country would back Russia.")]
    [InlineData("During his talks with Sergei Shoigu in Pyongyang, Kim Jong Un said his country would back Russia.")]
    [InlineData("خلال لقائه مع سيرغي شويغو في بيونغ يانغ، أكد كيم جونغ أون أن بلاده ستدعم روسيا.")]
    public void A_meeting_named_as_the_occasion_opening_the_sentence_is_held_by_the_main_clause_subject(string text)
    {
        var meeting = Assert.Single(Stories.Extract(text, "2024-09-14"), e => e.Type == EventTypes.Meeting);
        Assert.Equal("Kim Jong Un", meeting.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(meeting.Participants, p => p.Name == "Sergei Shoigu");
    }

    [Fact]
    public void A_person_right_after_an_Arabic_verb_speaks_not_the_name_set_off_before_it()
    {
        var events = Stories.Extract("وصل وزير الخارجية الروسي سيرغي لافروف إلى وونسان يوم الجمعة. وفي مؤتمر صحفي أعقب محادثاته مع وزيرة خارجية كوريا الشمالية، تشوي سون هوي، أكد لافروف وجود تواصل دائم بين الزعيمين.", "2025-07-12");
        var remark = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal("Sergey Lavrov", remark.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Theory]
    [InlineData("Kim Jong Un vowed full support for Russia's war in Ukraine during talks with visiting Russian Security Council Secretary Sergei Shoigu on Friday.")]
    [InlineData("Kim Jong Un reaffirmed his backing for Russia's fight against Ukraine during a meeting with visiting Security Council Secretary Sergei Shoigu on Friday.")]
    [InlineData("Kim Jong Un pledged support for Russia's campaign in Ukraine at the talks with Sergei Shoigu in Pyongyang on Friday.")]
    public void Talks_named_after_what_was_said_are_held_by_the_speaker_not_the_last_name_before_them(string text)
    {
        var events = Stories.Extract(text, "2025-03-22");
        var meeting = Assert.Single(events, e => e.Type == EventTypes.Meeting);
        Assert.Equal("Kim Jong Un", meeting.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Visit);
    }

    [Fact]
    public void Someone_met_by_the_other_side_told_of_by_a_pronoun_is_the_one_told_of_before()
    {
        var events = Stories.Extract("Vladimir Putin arrived in Pyongyang early on Wednesday. He was met at the airport by Kim Jong Un.", "2024-06-19");
        var meeting = Assert.Single(events, e => e.Type == EventTypes.Meeting);
        Assert.Equal("Kim Jong Un", meeting.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(meeting.Participants, p => p.Name == "Vladimir Putin");
    }

    [Theory]
    [InlineData("Andrei Belousov arrived in Pyongyang on Friday. Belousov noted that military cooperation between the countries was expanding.")]
    [InlineData("Andrei Belousov arrived in Pyongyang on Friday. Belousov applauded the treaty Putin and Kim Jong Un had signed in June.")]
    public void A_visitor_speaking_of_the_countries_or_applauding_makes_a_statement(string text)
    {
        var remark = Assert.Single(Stories.Extract(text, "2024-11-29"), e => e.Type == EventTypes.Statement);
        Assert.Equal("Andrei Belousov", remark.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Fact]
    public void Telling_someone_of_the_other_side_with_no_meeting_told_before_is_a_meeting()
    {
        var events = Stories.Extract("Lavrov told his North Korean counterpart Choe Son Hui on Thursday that relations had reached a new strategic level.", "2023-10-20");
        var e = Assert.Single(events);
        Assert.Equal(EventTypes.Meeting, e.Type);
    }
}
