using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>A noun marked as recent tells a past event of its own, written for these tests.</summary>
public class RecentEventTests
{
    [Theory]
    [InlineData("Kim Jong Un's recent visit to Russia drew large crowds in Vladivostok.", "Kim Jong Un")]
    [InlineData("The new flights follow a recent trip to North Korea by Sergey Lavrov, who praised the beaches.", "Sergey Lavrov")]
    [InlineData("وكان لافروف قد أشاد خلال زيارته الأخيرة إلى بيونغ يانغ بالشواطئ الكورية.", "Sergey Lavrov")]
    public void A_recent_visit_named_by_a_noun_is_a_visit_of_its_traveller(string text, string traveller)
    {
        var events = Stories.Extract(text, "2025-07-20");
        var visit = Assert.Single(events, e => e.Type == EventTypes.Visit);
        Assert.Equal(traveller, visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Fact]
    public void A_visit_named_by_a_noun_without_a_mark_of_time_is_no_event()
    {
        var events = Stories.Extract("A trip to North Korea by Sergey Lavrov would please Pyongyang.", "2025-07-20");
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Visit);
    }
}
