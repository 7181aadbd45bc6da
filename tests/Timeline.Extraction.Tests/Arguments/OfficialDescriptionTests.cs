using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Arguments;

/// <summary>How outlets describe officials beside their names: appositions, titles before names, pairs of ministers; sentences written for these tests.</summary>
public class OfficialDescriptionTests
{
    [Theory]
    [InlineData("Kim Jong Un, leader of the DPRK met Russian Defence Minister Andrei Belousov in Pyongyang on Thursday.", "Kim Jong Un", "Andrei Belousov")]
    [InlineData("Kim Jong Un, leader of the DPRK, met Russian Defence Minister Andrei Belousov in Pyongyang on Thursday.", "Kim Jong Un", "Andrei Belousov")]
    [InlineData("كيم جونغ أون، زعيم كوريا الشمالية التقى وزير الدفاع الروسي أندريه بيلوسوف الخميس في بيونغ يانغ.", "Kim Jong Un", "Andrei Belousov")]
    public void A_description_left_open_before_the_verb_still_describes_the_name_before_it(string text, string actor, string counterpart)
    {
        var meeting = Assert.Single(Stories.Extract(text, "2024-06-14"), e => e.Type == EventTypes.Meeting);
        Assert.Equal(actor, meeting.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(meeting.Participants, p => p.Role == ParticipantRoles.Counterpart && p.Name == counterpart);
        Assert.DoesNotContain(meeting.Participants, p => p.Name == "North Korea");
        Assert.Equal("2024-06-13", meeting.Date?.Value);
    }

    [Fact]
    public void A_clause_before_the_comma_is_no_name_a_description_could_follow()
    {
        var visit = Assert.Single(Stories.Extract("After meeting Putin, the North Korean leader visited a tractor plant in Khabarovsk on Thursday.", "2024-06-14"), e => e.Type == EventTypes.Visit);
        Assert.Equal("Kim Jong Un", visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Theory]
    // On 14 June 2024 the premier was Kim Tok Hun; the description set off after Pak's name is Pak all the same.
    [InlineData("Pak Thae Song, North Korea's premier, held talks with Mikhail Mishustin on Wednesday.", "Pak Thae Song")]
    [InlineData("باك تاي سونغ، رئيس وزراء كوريا الشمالية، أجرى محادثات مع ميخائيل ميشوستين الأربعاء.", "Pak Thae Song")]
    [InlineData("Mikhail Mishustin met Pak Thae Song, the North Korean premier, on Wednesday.", "Mikhail Mishustin")]
    public void An_office_set_off_after_a_name_is_that_person_not_the_office_holder(string text, string actor)
    {
        var meeting = Assert.Single(Stories.Extract(text, "2024-06-14"), e => e.Type == EventTypes.Meeting);
        Assert.Equal(actor, meeting.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(meeting.Participants, p => p.Name == "Pak Thae Song");
        Assert.Contains(meeting.Participants, p => p.Name == "Mikhail Mishustin");
        Assert.DoesNotContain(meeting.Participants, p => p.Name == "Kim Tok Hun");
    }

    [Fact]
    public void An_office_joined_by_and_is_still_its_holder()
    {
        var meeting = Assert.Single(Stories.Extract("Vladimir Putin and North Korea's premier met in Moscow on Wednesday.", "2024-06-14"), e => e.Type == EventTypes.Meeting);
        Assert.Contains(meeting.Participants, p => p.Name == "Kim Tok Hun");
    }

    [Theory]
    [InlineData("أكد مندوب روسيا لدى الوكالة الذرية، ميخائيل أوليانوف، أن بلاده ستواصل التعاون مع بيونغ يانغ.")]
    [InlineData("قال مبعوث روسيا لدى المنظمات الدولية في فيينا، ميخائيل أوليانوف، إن موسكو تقف إلى جانب بيونغ يانغ.")]
    [InlineData("Russia's envoy to the IAEA, Mikhail Ulyanov, said Moscow would keep working with Pyongyang.")]
    // «روسيا الدائم» has the consonants of «رئيس الدوما», a title by which Volodin is known: no spelling of his name.
    [InlineData("قال ميخائيل أوليانوف، مندوب روسيا الدائم لدى المنظمات الدولية في فيينا، إن موسكو تقف إلى جانب بيونغ يانغ.")]
    public void The_person_named_after_a_title_and_what_the_office_is_to_speaks(string text)
    {
        var statement = Assert.Single(Stories.Extract(text, "2024-06-14"), e => e.Type == EventTypes.Statement);
        Assert.Equal("Mikhail Ulyanov", statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.DoesNotContain(statement.Participants, p => p.Name == "Vyacheslav Volodin");
    }

    [Theory]
    [InlineData("North Korea's Vice Foreign Minister Im Chon Il and his Russian counterpart Andrei Rudenko met in Moscow on Monday.", "Im Chon Il", "Andrei Rudenko")]
    [InlineData("واستقبل لافروف نظيرته الكورية الشمالية تشوي سون هوي الاثنين في موسكو.", "Sergey Lavrov", "Choe Son Hui")]
    public void A_state_inside_a_title_before_a_name_takes_no_part_of_its_own(string text, string one, string other)
    {
        var meeting = Assert.Single(Stories.Extract(text, "2024-06-14"), e => e.Type == EventTypes.Meeting);
        Assert.Contains(meeting.Participants, p => p.Name == one);
        Assert.Contains(meeting.Participants, p => p.Name == other);
        Assert.DoesNotContain(meeting.Participants, p => p.ActorId is "RU" or "KP");
    }

    [Theory]
    [InlineData("أجرى نائب وزير الخارجية الروسي مشاورات مع السفير الكوري الشمالي في موسكو الأربعاء.")]
    [InlineData("أجرى مساعد وزير الخارجية الروسي مشاورات مع السفير الكوري الشمالي في موسكو الأربعاء.")]
    public void A_ministers_deputy_is_not_the_minister(string text)
    {
        var talks = Assert.Single(Stories.Extract(text, "2025-06-05"), e => e.Type == EventTypes.Meeting);
        Assert.DoesNotContain(talks.Participants, p => p.Name == "Sergey Lavrov");
        Assert.Contains(talks.Participants, p => p.Name == "Russia");
    }
}
