using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Arguments;

/// <summary>Names, titles and dates set off by commas stay inside their clause.</summary>
public class AppositionTests
{
    private static IReadOnlyList<ExtractedEvent> Run(string text, string published) => Stories.Extract(text, published);

    [Theory]
    [InlineData("On Thursday Lavrov was received in Wonsan by the North Korean leader, Kim Jong Un, at a seaside villa.", "meeting", "Sergey Lavrov", "Kim Jong Un")]
    [InlineData("Kim Jong Un, the North Korean leader, received Lavrov in Wonsan on Thursday.", "meeting", "Kim Jong Un", "Sergey Lavrov")]
    [InlineData("استقبل الزعيم الكوري الشمالي، كيم جونغ أون، وزير الخارجية الروسي، سيرغي لافروف، الخميس في بيونغ يانغ.", "meeting", "Kim Jong Un", "Sergey Lavrov")]
    [InlineData("التقى سيرغي لافروف، وزير الخارجية الروسي، الخميس، تشوي سون هوي، وزيرة خارجية كوريا الشمالية.", "meeting", "Sergey Lavrov", "Choe Son Hui")]
    // A short Arabic title the gazetteer does not know, opened by its head noun, describes the name before it.
    [InlineData("والتقى أوليغ كوجيمياكو، حاكم الإقليم، الخميس كيم جونغ أون في فلاديفوستوك.", "meeting", "Oleg Kozhemyako", "Kim Jong Un")]
    // A name set off after a title the gazetteer need not know ("counterpart", "culture minister") renames it.
    [InlineData("Choe Son Hui held talks in Moscow with her Russian counterpart, Sergei Lavrov, on Thursday.", "meeting", "Choe Son Hui", "Sergey Lavrov")]
    [InlineData("The Russian delegation was met at the airport by North Korea's vice culture minister, Pak Kyong Chol, on Thursday.", "meeting", "Russia", "Pak Kyong Chol")]
    [InlineData("The treaty between Russia and North Korea, including a mutual defence clause, was signed into law by Vladimir Putin on Thursday.", "agreement", "Vladimir Putin", "North Korea")]
    public void A_name_or_title_between_commas_belongs_to_the_clause_around_it(string text, string type, string first, string second)
    {
        var e = Assert.Single(Run(text, "2023-10-20"), x => x.Type == type);
        Assert.Contains(e.Participants, p => p.Name == first);
        Assert.Contains(e.Participants, p => p.Name == second);
        Assert.Equal("2023-10-19", e.Date?.Value);
    }

    [Theory]
    [InlineData("وأشرف كيم جونغ أون، زعيم كوريا الشمالية، يوم السبت، على حفل لتكريم الجنود العائدين من روسيا.", "Kim Jong Un")]
    [InlineData("Kim Jong Un, the leader of North Korea, on Saturday, presided over a ceremony for soldiers back from Russia.", "Kim Jong Un")]
    public void A_date_set_off_after_a_title_stays_in_the_clause_of_its_verb(string text, string actor)
    {
        var e = Assert.Single(Run(text, "2025-12-14"), x => x.Type == EventTypes.Other);
        Assert.Equal(actor, e.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal("2025-12-13", e.Date?.Value);
    }

    [Theory]
    // In the passive the host named after "by" is the one receiving.
    [InlineData("Sergei Lavrov, Moscow's chief diplomat, was received by Kim Jong Un, the North's supreme leader, on Thursday.", "Kim Jong Un", "Sergey Lavrov", "RU")]
    [InlineData("Kim Jong Un, the DPRK's Chairman of State Affairs, received Sergei Shoigu on Thursday.", "Kim Jong Un", "Sergei Shoigu", "KP")]
    [InlineData("Choe Son Hui, a veteran of nuclear diplomacy, met Sergei Lavrov on Thursday.", "Choe Son Hui", "Sergey Lavrov", "")]
    public void A_description_between_commas_names_nobody_new(string text, string actor, string counterpart, string stateInDescription)
    {
        var e = Assert.Single(Run(text, "2023-10-20"), x => x.Type == EventTypes.Meeting);
        Assert.Equal(actor, e.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(e.Participants, p => p.Name == counterpart);
        Assert.DoesNotContain(e.Participants, p => p.ActorId == stateInDescription);
        Assert.Equal("2023-10-19", e.Date?.Value);
    }

    [Fact]
    public void A_reporter_named_after_the_reported_clause_does_not_join_it()
    {
        var events = Run("North Korea will send 1,000 sappers to Russia's Kursk region to help rebuild what was destroyed in the fighting, Sergei Shoigu, the secretary of Russia's Security Council, said on Tuesday.", "2025-06-18");
        var deployment = Assert.Single(events, e => e.Type == EventTypes.MilitaryCooperation);
        Assert.DoesNotContain(deployment.Participants, p => p.Name == "Sergei Shoigu");
    }

    [Fact]
    public void A_description_joining_two_titles_with_and_is_still_one_description()
    {
        var visit = Assert.Single(Run(
            "A Russian delegation headed by Grigory Rapota, a member of the Federation Council's foreign affairs committee and chairman of the parliamentary friendship group with North Korea, arrived in Pyongyang on Monday.",
            "2023-11-21"));
        Assert.Equal(EventTypes.Visit, visit.Type);
        Assert.Equal("2023-11-20", visit.Date?.Value);
    }

    [Fact]
    public void A_person_named_inside_a_description_joined_by_and_a_is_no_party()
    {
        var meeting = Assert.Single(Run(
            "Dmitry Medvedev, deputy head of Russia's Security Council and a longtime ally of President Vladimir Putin, met Kim Jong Un on Friday.",
            "2025-10-11"));
        Assert.Equal(EventTypes.Meeting, meeting.Type);
        Assert.Equal("Dmitry Medvedev", meeting.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.DoesNotContain(meeting.Participants, p => p.Name == "Vladimir Putin");
    }

    [Theory]
    [InlineData("وصل سيرغي شويغو، نائب رئيس اللجنة، إلى بيونغ يانغ الأربعاء.")]
    [InlineData("وصل سيرغي شويغو، قائد الوفد، إلى بيونغ يانغ الأربعاء.")]
    public void A_short_arabic_title_opened_by_deputy_or_leader_stays_inside_the_travellers_clause(string text)
    {
        var visit = Assert.Single(Stories.Extract(text, "2025-06-05"), e => e.Type == EventTypes.Visit);
        Assert.Equal("Sergei Shoigu", visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal("2025-06-04", visit.Date?.Value);
    }

    [Theory]
    [InlineData("Kim Jong Un, General Secretary of the ruling party, met Dmitry Medvedev on Wednesday.")]
    [InlineData("Kim Jong Un, supreme commander of the armed forces, met Dmitry Medvedev on Wednesday.")]
    public void An_english_title_set_off_after_a_name_stays_inside_the_subjects_clause(string text)
    {
        var meeting = Assert.Single(Stories.Extract(text, "2024-10-09"), e => e.Type == EventTypes.Meeting);
        Assert.Equal("Kim Jong Un", meeting.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(meeting.Participants, p => p.Name == "Dmitry Medvedev");
    }
}
