using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Arguments;

/// <summary>Who travels when the text names a delegation, an aside or a possessive, on sentences written for these tests.</summary>
public class TravellerTests
{
    [Theory]
    [InlineData("A Russian delegation led by Sergei Shoigu landed in Pyongyang on Wednesday.", "Sergei Shoigu")]
    [InlineData("A delegation of Russia's Security Council headed by Sergei Shoigu arrived in Pyongyang on Wednesday.", "Sergei Shoigu")]
    [InlineData("وصل وفد روسي برئاسة سيرغي شويغو إلى بيونغ يانغ يوم الأربعاء.", "Sergei Shoigu")]
    [InlineData("وصل وفد روسي برئاسة سيرغي شويغو، سكرتير مجلس الأمن، إلى بيونغ يانغ يوم الأربعاء.", "Sergei Shoigu")]
    public void A_delegation_travels_as_the_person_who_leads_it(string text, string traveller)
    {
        var visit = Assert.Single(Stories.Extract(text, "2025-06-05"), e => e.Type == EventTypes.Visit);
        Assert.Equal(traveller, visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal("2025-06-04", visit.Date?.Value);
    }

    [Fact]
    public void An_indefinite_Arabic_delegation_names_its_state()
    {
        var visit = Assert.Single(Stories.Extract("وصل وفد روسي إلى بيونغ يانغ يوم الأربعاء في زيارة تستمر ثلاثة أيام.", "2025-06-05"), e => e.Type == EventTypes.Visit);
        Assert.Equal("Russia", visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
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
}
