using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>
/// A visit announced without a date: told by a light verb in the future, or by an intention or preparations, it is a
/// planned visit in the publication month. Sentences written for these tests.
/// </summary>
public class AnnouncedPlanTests
{
    [Theory]
    [InlineData("سيقوم رئيس الوزراء الكوري الشمالي باك تاي سونغ بزيارة رسمية إلى روسيا في الأيام المقبلة.", "Pak Thae Song")]
    [InlineData("North Korean Premier Pak Thae Song will pay an official visit to Russia in the coming days.", "Pak Thae Song")]
    [InlineData("أبدى الرئيس الروسي فلاديمير بوتين عزمه زيارة كوريا الشمالية في وقت قريب.", "Vladimir Putin")]
    [InlineData("Vladimir Putin expressed his intention to visit North Korea soon, state media said.", "Vladimir Putin")]
    [InlineData("قال المتحدث باسم الكرملين إن التحضيرات لزيارة الرئيس فلاديمير بوتين إلى كوريا الشمالية جارية.", "Vladimir Putin")]
    [InlineData("The foreign minister's trip is seen as preparing the ground for a visit to North Korea by President Vladimir Putin.", "Vladimir Putin")]
    [InlineData("Vladimir Putin will visit North Korea at Kim Jong Un's invitation, the Kremlin said.", "Vladimir Putin")]
    [InlineData("تعتزم وزيرة خارجية كوريا الشمالية تشوي سون هوي زيارة روسيا وبيلاروس.", "Choe Son Hui")]
    [InlineData("The Kremlin's press office said North Korean Premier Pak Thae Song would travel to Moscow later this month.", "Pak Thae Song")]
    [InlineData("Foreign Minister Choe Son Hui is expected to fly to Moscow for talks, officials in Seoul said.", "Choe Son Hui")]
    public void An_undated_visit_announced_by_a_verb_or_an_intention_is_planned_in_the_publication_month(string text, string traveller)
    {
        var visit = Assert.Single(Stories.Extract(text, "2024-01-21"), e => e.Type == EventTypes.Visit);
        Assert.Equal(Modalities.Planned, visit.Modality);
        Assert.Equal("2024-01", visit.Date?.Value);
        Assert.Equal(traveller, visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Theory]
    [InlineData("وأكد المتحدث باسم الكرملين أن موسكو لا تستبعد عقد قمة جديدة بين الزعيمين.")]
    [InlineData("The Kremlin did not rule out a new summit between the two leaders.")]
    public void A_summit_not_ruled_out_is_planned_not_held(string text)
    {
        Assert.DoesNotContain(Stories.Extract(text, "2025-09-04"), e => e.Type == EventTypes.Meeting && e.Modality == Modalities.Occurred);
    }

    [Theory]
    [InlineData("ستكون هذه أول زيارة يقوم بها الرئيس الروسي فلاديمير بوتين إلى كوريا الشمالية منذ عقدين.")]
    [InlineData("A visit by Vladimir Putin to North Korea would be his first in two decades.")]
    public void A_visit_only_named_as_an_intention_without_a_verb_is_no_event(string text)
    {
        Assert.DoesNotContain(Stories.Extract(text, "2024-01-21"), e => e.Type == EventTypes.Visit);
    }

    [Fact]
    public void Who_acts_in_a_relative_clause_does_not_speak_in_the_main_clause()
    {
        var events = Stories.Extract(
            "Sergey Lavrov arrived in Pyongyang on Wednesday. The minister, whose stay is meant to prepare for a visit by President Vladimir Putin, also praised ties between Russia and North Korea.",
            "2023-10-19");
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Statement && e.Participants.Any(p => p.Role == ParticipantRoles.Actor && p.Name == "Vladimir Putin"));
    }
}
