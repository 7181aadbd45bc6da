using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>An appeal or demand is what its maker says it wants, never the happening it asks for; sentences written for these tests.</summary>
public class AppealTests
{
    [Theory]
    [InlineData("Japan on Tuesday urged Russia and North Korea to halt their arms transfers.", "Japan")]
    [InlineData("South Korea's foreign ministry on Tuesday called on Moscow to end its military cooperation with Pyongyang.", "South Korea")]
    [InlineData("Seoul called for an end to the military cooperation between Moscow and Pyongyang on Tuesday.", "South Korea")]
    [InlineData("حثت اليابان، الثلاثاء، روسيا وكوريا الشمالية على وقف نقل الأسلحة.", "Japan")]
    [InlineData("دعت سيول يوم الثلاثاء موسكو إلى وقف تعاونها العسكري مع بيونغ يانغ.", "South Korea")]
    [InlineData("طالبت اليابان روسيا وكوريا الشمالية، الثلاثاء، بوقف نقل الأسلحة.", "Japan")]
    public void A_third_party_asking_Moscow_and_Pyongyang_to_stop_their_arms_ties_accuses_them(string text, string accuser)
    {
        var events = Stories.Extract(text, "2025-04-30");

        var accusation = Assert.Single(events);
        Assert.Equal(EventTypes.Accusation, accusation.Type);
        Assert.Equal("2025-04-29", accusation.Date!.Value);
        Assert.Equal(accuser, Assert.Single(accusation.Participants, p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains("RU", accusation.Countries);
        Assert.Contains("KP", accusation.Countries);
    }

    [Theory]
    [InlineData("Lavrov on Friday called on Washington to stop its provocations against Pyongyang.", "Sergey Lavrov")]
    [InlineData("ناشدت وزيرة الخارجية الكورية الشمالية تشوي سون هوي، الجمعة، روسيا مواصلة دعمها لبيونغ يانغ في مجلس الأمن.", "Choe Son Hui")]
    public void An_appeal_is_a_statement_of_the_one_who_makes_it(string text, string speaker)
    {
        var events = Stories.Extract(text, "2025-04-30");

        var appeal = Assert.Single(events);
        Assert.Equal(EventTypes.Statement, appeal.Type);
        Assert.Equal("appeal", appeal.Subtype);
        Assert.Equal(speaker, Assert.Single(appeal.Participants, p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Fact]
    public void Asking_for_something_to_stop_is_no_invitation()
    {
        var events = Stories.Extract("دعت سيول يوم الثلاثاء موسكو إلى وقف تعاونها العسكري مع بيونغ يانغ.", "2025-04-30");

        Assert.DoesNotContain(events, e => e.Type == EventTypes.Invitation);
    }

    [Fact]
    public void Calling_for_an_inquiry_is_no_invitation()
    {
        var events = Stories.Extract("دعت روسيا، الثلاثاء، كوريا الجنوبية إلى تحقيق في مزاعم وجود قوات كورية شمالية على أراضيها.", "2025-04-30");

        Assert.DoesNotContain(events, e => e.Type == EventTypes.Invitation);
    }

    [Theory]
    [InlineData("Putin on Wednesday invited Kim to visit Moscow.")]
    [InlineData("دعا كيم جونغ أون الرئيس بوتين، الأربعاء، إلى زيارة بيونغ يانغ في وقت مناسب.")]
    public void The_visit_an_invitation_asks_for_is_no_visit_of_its_own(string text)
    {
        var events = Stories.Extract(text, "2025-04-30");

        Assert.Equal(EventTypes.Invitation, Assert.Single(events).Type);
    }

    [Fact]
    public void A_visit_paid_at_an_invitation_is_a_visit()
    {
        var events = Stories.Extract("At the invitation of Kim Jong Un, Putin paid a state visit to Pyongyang on Wednesday.", "2025-04-30");

        Assert.Contains(events, e => e.Type == EventTypes.Visit && e.Date?.Value == "2025-04-30");
    }
}
