using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Discourse;

/// <summary>"The delegation", «الوفد»: the traveller of the visit told before; sentences written for these tests.</summary>
public class DelegationReferenceTests
{
    [Theory]
    [InlineData("A Russian delegation led by Sergei Shoigu arrived in Pyongyang on Friday. The delegation later met Kim Jong Un.")]
    [InlineData("Sergei Shoigu arrived in Pyongyang on Friday. Kim Jong Un met the delegation on Saturday.")]
    [InlineData("وصل سيرغي شويغو إلى بيونغ يانغ يوم الجمعة. واستقبل كيم جونغ أون الوفد الروسي يوم السبت.")]
    public void The_delegation_is_the_traveller_of_the_visit_told_before(string text)
    {
        var events = Stories.Extract(text, "2024-09-15");
        var meeting = Assert.Single(events, e => e.Type == EventTypes.Meeting);
        Assert.Contains(meeting.Participants, p => p.Name == "Sergei Shoigu");
        Assert.Contains(meeting.Participants, p => p.Name == "Kim Jong Un");
    }

    [Fact]
    public void A_delegation_that_names_its_leader_is_that_leader()
    {
        var events = Stories.Extract(
            "Sergei Shoigu arrived in Pyongyang on Friday. On Saturday Kim Jong Un received the delegation led by Sergey Lavrov.",
            "2024-09-15");
        var meeting = Assert.Single(events, e => e.Type == EventTypes.Meeting);
        Assert.DoesNotContain(meeting.Participants, p => p.Name == "Sergei Shoigu");
        Assert.Contains(meeting.Participants, p => p.Name == "Sergey Lavrov");
    }

    [Theory]
    [InlineData("استقبل كيم جونغ أون في بيونغ يانغ سيرغي شويغو يوم الخميس. وكان الوفد الروسي قد وصل إلى العاصمة يوم الأربعاء.")]
    [InlineData("Kim Jong Un received Sergei Shoigu in Pyongyang on Thursday. The Russian delegation had landed in the capital on Wednesday.")]
    public void Before_any_visit_is_told_the_delegation_is_the_guest_a_host_received(string text)
    {
        var visit = Assert.Single(Stories.Extract(text, "2024-09-13"), e => e.Type == EventTypes.Visit);
        Assert.Equal("Sergei Shoigu", visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal("2024-09-11", visit.Date?.Value);
    }

    [Fact]
    public void A_delegation_arriving_on_a_day_goes_where_the_sentence_before_sent_it_and_travels_as_its_leader()
    {
        var events = Stories.Extract(
            "A Russian government delegation has arrived in Pyongyang for talks on trade, state media said on Wednesday. The delegation, led by Natural Resources Minister Alexander Kozlov, arrived on Tuesday.",
            "2023-11-15");
        var visit = Assert.Single(events, e => e.Type == EventTypes.Visit);
        Assert.Equal("2023-11-14", visit.Date?.Value);
        Assert.Equal("Alexander Kozlov", visit.Participants.First(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains("KP", visit.Countries);
    }
}
