using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Discourse;

/// <summary>«الوزير الروسي», "the Russian minister" with no ministry named, is the minister named before; sentences written for these tests.</summary>
public class BareMinisterTests
{
    [Theory]
    [InlineData("وصل وزير الدفاع الروسي أندريه بيلوسوف إلى بيونغ يانغ يوم الجمعة. والتقى الوزير الروسي الزعيم الكوري الشمالي كيم جونغ أون يوم السبت.", "Andrei Belousov")]
    [InlineData("وصلت وزيرة الخارجية الكورية الشمالية تشوي سون هوي إلى موسكو يوم الجمعة. والتقت الوزيرة الكورية الشمالية نظيرها الروسي سيرغي لافروف يوم السبت.", "Choe Son Hui")]
    public void The_bare_minister_of_a_state_is_the_minister_named_before(string text, string minister)
    {
        var meeting = Assert.Single(Stories.Extract(text, "2024-11-30"), e => e.Type == EventTypes.Meeting);
        Assert.Contains(meeting.Participants, p => p.Name == minister);
        Assert.DoesNotContain(meeting.Participants, p => p.Name is "Russia" or "North Korea");
    }

    [Fact]
    public void Talks_with_him_after_a_message_from_a_third_are_with_the_one_received()
    {
        var events = Stories.Extract("وصل وزير الدفاع الروسي أندريه بيلوسوف إلى بيونغ يانغ يوم الجمعة. واستقبل كيم جونغ أون الوزير الروسي يوم السبت، وتسلم منه رسالة من الرئيس فلاديمير بوتين، وأجرى معه محادثات مطولة.", "2024-12-01");
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Meeting && e.Participants.Any(p => p.Name == "Vladimir Putin"));
        var meeting = Assert.Single(events, e => e.Type == EventTypes.Meeting);
        Assert.Contains(meeting.Participants, p => p.Name == "Andrei Belousov");
    }
}
