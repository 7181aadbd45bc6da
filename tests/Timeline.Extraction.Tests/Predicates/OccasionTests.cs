using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>Gifts, tours and ceremonies between the two sides, on sentences written for these tests.</summary>
public class OccasionTests
{
    [Theory]
    [InlineData("وصل كيم جونغ أون إلى فلاديفوستوك صباح الأحد، حيث قدّم له أوليغ كوجيمياكو، حاكم الإقليم، مجموعة من الهدايا بينها طائرات مسيرة.", "gift", "Oleg Kozhemyako")]
    [InlineData("On Saturday, Sergei Shoigu showed Kim Jong Un a new long-range bomber at an air base near Vladivostok.", "tour", "Sergei Shoigu")]
    [InlineData("Denis Manturov, Russia's deputy prime minister, showed Kim Jong Un around a fighter jet factory on Saturday.", "tour", "Denis Manturov")]
    [InlineData("On Saturday, Sergei Shoigu took Kim Jong Un around an air base near Vladivostok.", "tour", "Sergei Shoigu")]
    [InlineData("Denis Manturov gave Kim Jong Un a tour of the aircraft factory on Saturday.", "tour", "Denis Manturov")]
    // A verb carrying its object («ـه») and naming nobody after it goes on with the subject before.
    [InlineData("التقى كيم جونغ أون وزير الدفاع الروسي سيرغي شويغو السبت واصطحبه في جولة بمعرض للطائرات.", "tour", "Kim Jong Un")]
    public void One_side_giving_or_showing_the_other_something_is_an_event_of_its_own(string text, string subtype, string agent)
    {
        var events = Stories.Extract(text, "2023-09-18");
        var e = Assert.Single(events, e => e.Type == EventTypes.Other && e.Subtype == subtype);
        Assert.Equal(agent, e.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Fact]
    public void A_reception_that_names_a_ceremony_is_no_meeting()
    {
        var events = Stories.Extract("وأشرف كيم جونغ أون، يوم الجمعة، على حفل لاستقبال جنود الفوج الهندسي العائدين من روسيا.", "2025-12-13");
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Meeting);
        Assert.Equal("2025-12-12", Assert.Single(events, e => e.Subtype == "ceremony").Date?.Value);
    }

    [Theory]
    [InlineData("Customs figures showed that trade between Russia and North Korea doubled at the border base last year.")]
    [InlineData("The talks between Kim Jong Un and Sergei Shoigu took place at the air base on Saturday.")]
    [InlineData("North Korean soldiers took part in the fighting near the plant, Kim Jong Un said.")]
    public void Figures_that_show_something_and_things_that_took_place_are_no_tour(string text)
    {
        var events = Stories.Extract(text, "2024-02-01");
        Assert.DoesNotContain(events, e => e.Subtype == "tour");
    }

    [Theory]
    [InlineData("وأبلغ فياتشيسلاف فولودين الزعيم كيم جونغ أون تحيات حارة ورسالة تهنئة من الرئيس فلاديمير بوتين.")]
    [InlineData("Vyacheslav Volodin conveyed warm greetings and a message of congratulations from Vladimir Putin to Kim Jong Un.")]
    public void Conveying_greetings_from_one_leader_to_the_other_is_a_message(string text)
    {
        var message = Assert.Single(Stories.Extract(text, "2025-08-15"), e => e.Subtype == "message");
        Assert.Equal("Vyacheslav Volodin", message.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Fact]
    public void The_lower_house_approving_the_treaty_is_the_Duma_ratifying_it()
    {
        var e = Assert.Single(Stories.Extract("The lower house had approved the partnership treaty with North Korea last month.", "2024-11-13"), e => e.Type == EventTypes.Agreement);
        Assert.Equal("State Duma", e.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal("2024-10", e.Date?.Value);
    }
}
