using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Arguments;

/// <summary>Who travels when the text names a delegation, an aside or a possessive, on sentences written for these tests.</summary>
public class TravellerTests
{
    [Theory]
    [InlineData("A Russian delegation led by Sergei Shoigu landed in Pyongyang on Wednesday.", "Sergei Shoigu")]
    [InlineData("A delegation of Russia's Security Council headed by Sergei Shoigu arrived in Pyongyang on Wednesday.", "Sergei Shoigu")]
    [InlineData("The Russian military delegation headed by Defence Minister Sergei Shoigu arrived in Pyongyang on Wednesday.", "Sergei Shoigu")]
    [InlineData("The Russian delegation, headed by Sergei Shoigu, arrived in Pyongyang on Wednesday.", "Sergei Shoigu")]
    [InlineData("وصل وفد روسي برئاسة سيرغي شويغو إلى بيونغ يانغ يوم الأربعاء.", "Sergei Shoigu")]
    [InlineData("وصل وفد روسي برئاسة سيرغي شويغو، سكرتير مجلس الأمن، إلى بيونغ يانغ يوم الأربعاء.", "Sergei Shoigu")]
    public void A_delegation_travels_as_the_person_who_leads_it(string text, string traveller)
    {
        var visit = Assert.Single(Stories.Extract(text, "2025-06-05"), e => e.Type == EventTypes.Visit);
        Assert.Equal(traveller, visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal("2025-06-04", visit.Date?.Value);
    }

    [Theory]
    [InlineData("Russian Defence Minister Andrei Belousov arrived in the DPRK on Friday for talks with its military leaders.", "Andrei Belousov")]
    [InlineData("Dmitry Medvedev has arrived in the Democratic People's Republic of Korea (DPRK) on Friday, TASS reported.", "Dmitry Medvedev")]
    public void Arriving_in_a_state_named_with_its_article_is_a_visit_by_whoever_arrives(string text, string traveller)
    {
        var visit = Assert.Single(Stories.Extract(text, "2024-12-01"), e => e.Type == EventTypes.Visit);
        Assert.Equal(traveller, visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains("KP", visit.Countries);
        Assert.Equal("2024-11-29", visit.Date?.Value);
    }

    [Theory]
    [InlineData("وقالت الوكالة إن كيم جونغ أون غادر بيونغ يانغ أمس متوجها إلى روسيا.", "Kim Jong Un", "RU")]
    [InlineData("وأضافت أن تشوي سون هوي غادرت بيونغ يانغ أمس متوجهة إلى موسكو.", "Choe Son Hui", "RU")]
    [InlineData("Choe Son Hui left Pyongyang for Moscow on Sunday, state media said.", "Choe Son Hui", "RU")]
    [InlineData("State media said Kim Jong Un departed Pyongyang on Sunday for Russia.", "Kim Jong Un", "RU")]
    public void The_city_a_traveller_leaves_is_not_where_the_visit_is(string text, string traveller, string visited)
    {
        var visit = Assert.Single(Stories.Extract(text, "2025-10-27"), e => e.Type == EventTypes.Visit);
        Assert.Equal(traveller, visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(visited, visit.Countries);
    }

    [Theory]
    [InlineData("Kim Jong Un left the meeting hall for a dinner in Pyongyang on Sunday.")]
    [InlineData("Vladimir Putin left the summit early for talks with his aides in Moscow.")]
    public void Leaving_a_room_for_another_is_no_journey(string text)
    {
        Assert.DoesNotContain(Stories.Extract(text, "2025-10-27"), e => e.Type == EventTypes.Visit);
    }

    [Theory]
    [InlineData("غادر وزير الخارجية الروسي سيرغي لافروف بيونغ يانغ الأحد متوجها إلى موسكو.")]
    [InlineData("Sergey Lavrov left for Moscow on Sunday after talks in Pyongyang.")]
    [InlineData("Sergey Lavrov left Pyongyang for Moscow on Sunday after two days of talks.")]
    public void A_traveller_heading_home_pays_no_visit_there(string text)
    {
        Assert.DoesNotContain(Stories.Extract(text, "2024-01-22"), e => e.Type == EventTypes.Visit && e.Location == "Moscow");
    }

    [Fact]
    public void A_visit_named_after_leaving_the_country_is_the_travellers_not_the_countrys()
    {
        var visit = Assert.Single(Stories.Extract("غادر وزير الخارجية الروسي سيرغي لافروف كوريا الشمالية الأحد بعد اختتام زيارة استمرت ثلاثة أيام.", "2025-07-14"), e => e.Type == EventTypes.Visit);
        Assert.Equal("Sergey Lavrov", visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Theory]
    [InlineData("قالت الخارجية الروسية إن الوزير سيرغي لافروف سيقود وفدا روسيا في زيارة رسمية إلى بيونغ يانغ الأسبوع المقبل.")]
    [InlineData("أعلن الكرملين أن سيرغي لافروف سيترأس وفدا روسيا في زيارة عمل إلى بيونغ يانغ الأسبوع المقبل.")]
    public void Who_will_head_a_delegation_on_a_visit_travels_not_the_state_of_the_delegation(string text)
    {
        var visit = Assert.Single(Stories.Extract(text, "2025-08-12"), e => e.Type == EventTypes.Visit);
        Assert.Equal("Sergey Lavrov", visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal(Modalities.Planned, visit.Modality);
    }

    [Theory]
    [InlineData("وصل الزعيم كيم جونغ أون، صباح الأربعاء، في إطار رحلته إلى روسيا، إلى مدينة خاباروفسك.")]
    [InlineData("وخلال زيارته التي يقوم بها إلى روسيا حضر كيم جونغ أون الأربعاء، عرضا للأسطول في فلاديفوستوك.")]
    public void The_state_a_possessed_journey_leads_to_is_not_the_traveller(string text)
    {
        var visit = Assert.Single(Stories.Extract(text, "2023-09-15"), e => e.Type == EventTypes.Visit);
        Assert.Equal("Kim Jong Un", visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Fact]
    public void Two_trips_of_one_traveller_to_two_countries_stay_two()
    {
        var events = Stories.Extract("وصل وزير الخارجية الروسي سيرغي لافروف إلى بيونغ يانغ. وبعد ذلك سافر لافروف إلى الصين.", "2025-07-14");
        var visit = Assert.Single(events, e => e.Type == EventTypes.Visit && e.Location == "Pyongyang");
        Assert.DoesNotContain("CN", visit.Countries);
    }

    [Fact]
    public void A_visit_announced_for_the_day_it_began_is_the_visit_itself()
    {
        var events = Stories.Extract("وصل وزير الخارجية الروسي سيرغي لافروف اليوم الجمعة إلى كوريا الشمالية. وأعلنت الخارجية الروسية أن لافروف سيزور كوريا الشمالية من 11 إلى 13 تموز.", "2025-07-11");
        var visit = Assert.Single(events, e => e.Type == EventTypes.Visit);
        Assert.Equal(Modalities.Occurred, visit.Modality);
    }

    [Fact]
    public void Heading_somewhere_after_a_likely_departure_is_planned()
    {
        var visit = Assert.Single(Stories.Extract("ومن المرجح أن يستقل الزعيم الكوري الشمالي قطارا من عاصمته متجها إلى فلاديفوستوك.", "2023-09-05"), e => e.Type == EventTypes.Visit);
        Assert.Equal(Modalities.Planned, visit.Modality);
    }

    [Fact]
    public void A_day_of_a_stay_named_as_the_occasion_of_a_remark_belongs_to_the_visit_begun_the_day_before()
    {
        var events = Stories.Extract("During his stay in Pyongyang on Thursday, Sergey Lavrov denounced Washington's line on North Korea. Lavrov had landed in North Korea on Wednesday.", "2023-10-20");
        var visit = Assert.Single(events, e => e.Type == EventTypes.Visit);
        Assert.Equal("2023-10-18", visit.Date?.Value);
    }

    [Fact]
    public void An_indefinite_Arabic_delegation_names_its_state()
    {
        var visit = Assert.Single(Stories.Extract("وصل وفد روسي إلى بيونغ يانغ يوم الأربعاء في زيارة تستمر ثلاثة أيام.", "2025-06-05"), e => e.Type == EventTypes.Visit);
        Assert.Equal("Russia", visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Theory]
    [InlineData("A delegation from Primorsky Krai arrived in Pyongyang on Wednesday.", "Russia", "Pyongyang")]
    [InlineData("A trade delegation from Rason landed in Vladivostok on Wednesday.", "North Korea", "Vladivostok")]
    public void A_delegation_from_a_region_travels_for_the_region_s_state_to_where_it_arrives(string text, string traveller, string destination)
    {
        var visit = Assert.Single(Stories.Extract(text, "2025-06-05"), e => e.Type == EventTypes.Visit);
        Assert.Equal(traveller, visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal(destination, visit.Location);
    }

    [Fact]
    public void Returning_from_a_visit_tells_the_visit()
    {
        var visit = Assert.Single(Stories.Extract("On Saturday, a North Korean economic delegation returned home from a week-long visit to Russia.", "2025-06-05"), e => e.Type == EventTypes.Visit);
        Assert.Equal("North Korea", visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains("RU", visit.Countries);
    }

    [Fact]
    public void An_aside_after_a_name_tells_that_persons_trip()
    {
        var events = Stories.Extract("North Korea's foreign minister, Choe Son Hui, on a recent trip to Moscow, handed Vladimir Putin a letter from Kim Jong Un.", "2024-03-20");
        var visit = Assert.Single(events, e => e.Type == EventTypes.Visit);
        Assert.Equal("Choe Son Hui", visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Fact]
    public void A_trip_told_with_a_possessive_belongs_to_the_subject_not_to_the_last_name()
    {
        var events = Stories.Extract("Choe Son Hui sat down with Sergey Lavrov on Monday during her trip to Moscow.", "2025-10-28");
        var visit = Assert.Single(events, e => e.Type == EventTypes.Visit);
        Assert.Equal("Choe Son Hui", visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal("2025-10-27", visit.Date?.Value);
    }

    [Fact]
    public void The_one_received_may_stand_several_asides_after_the_verb_with_the_day_set_off_among_them()
    {
        var events = Stories.Extract(
            "استقبل الزعيم كيم جونغ أون، القائد الذي يتولى رئاسة الحزب والدولة، مساء يوم 14 آب، رئيس الدوما الروسي، فياتشيسلاف فولودين، القادم على رأس وفد برلماني.",
            "2025-08-15");
        var meeting = Assert.Single(events, e => e.Type == EventTypes.Meeting);
        Assert.Contains(meeting.Participants, p => p.Name == "Vyacheslav Volodin");
        Assert.Equal("2025-08-14", meeting.Date?.Value);
    }

    [Fact]
    public void A_name_after_a_when_clause_is_no_one_received()
    {
        var events = Stories.Extract("Kim Jong Un received the invitation when Vladimir Putin visited Pyongyang last year.", "2025-03-27");
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Meeting);
    }

    [Fact]
    public void Getting_ready_for_a_visit_is_a_plan()
    {
        var events = Stories.Extract("Moscow is getting ready for Kim Jong Un to visit Russia this year, a deputy foreign minister said.", "2025-03-27");
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Visit && e.Modality == Modalities.Occurred);
    }

    [Theory]
    [InlineData("Sergey Lavrov met Choe Son Hui in Wonsan on Saturday, a day after he arrived in the city.")]
    [InlineData("التقى سيرغي لافروف تشوي سون هوي في وونسان السبت، بعدما وصل إلى المدينة الجمعة.")]
    public void Arriving_in_the_city_named_before_is_a_visit_to_its_state(string text)
    {
        var visit = Assert.Single(Stories.Extract(text, "2025-07-12"), e => e.Type == EventTypes.Visit);
        Assert.Equal("Sergey Lavrov", visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains("KP", visit.Countries);
    }

    [Theory]
    [InlineData("Kozlov left Pyongyang after a three-day visit.")]
    [InlineData("The Russian minister Kozlov left Pyongyang after a visit devoted to trade.")]
    public void The_place_left_at_the_end_of_a_visit_is_the_place_visited(string text)
    {
        var visit = Assert.Single(Stories.Extract(text, "2023-11-17"), e => e.Type == EventTypes.Visit);
        Assert.Equal("Pyongyang", visit.Location);
        Assert.Contains("KP", visit.Countries);
    }

    [Theory]
    [InlineData("وصل لافروف إلى بيونغ يانغ، اليوم الخميس، بناء على دعوة من نظيرته تشوي سون هوي.")]
    [InlineData("Lavrov arrived in Pyongyang on Thursday upon the invitation of his counterpart Choe Son Hui.")]
    public void A_visit_paid_upon_an_invitation_tells_who_invited(string text)
    {
        var invitation = Assert.Single(Stories.Extract(text, "2024-07-12"), e => e.Type == EventTypes.Invitation);
        Assert.Equal("Choe Son Hui", invitation.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }
}
