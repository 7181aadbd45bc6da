using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>
/// A comma that closes the subject's name and title («يبدأ وزير الدفاع الروسي …، زيارة») leaves the light verb
/// governing the noun after it; sentences written for these tests.
/// </summary>
public class SubjectSetOffTests
{
    [Theory]
    [InlineData("يبدأ وزير الدفاع الروسي أندريه بيلوسوف، زيارة رسمية إلى كوريا الشمالية، اليوم الجمعة.")]
    [InlineData("أجرى وزير الدفاع الروسي أندريه بيلوسوف، زيارة رسمية إلى كوريا الشمالية، اليوم الجمعة.")]
    public void A_light_verb_before_the_subject_set_off_by_a_comma_tells_the_visit(string text)
    {
        var visit = Assert.Single(Stories.Extract(text, "2024-11-29"), e => e.Type == EventTypes.Visit);
        Assert.Equal("Andrei Belousov", visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal("2024-11-29", visit.Date?.Value);
    }
}
