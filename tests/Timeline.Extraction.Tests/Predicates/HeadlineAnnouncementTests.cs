using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>
/// A headline announces with a bare infinitive after its subject ("Lavrov to visit Pyongyang on Wednesday"): the event
/// is planned, and its weekday is the coming one. Sentences written for these tests.
/// </summary>
public class HeadlineAnnouncementTests
{
    [Theory]
    [InlineData("Russia's top diplomat Sergey Lavrov to visit Pyongyang on Wednesday", EventTypes.Visit)]
    [InlineData("Russian Foreign Minister Sergey Lavrov to travel to Pyongyang on Wednesday", EventTypes.Visit)]
    [InlineData("Choe Son Hui to hold talks with Sergey Lavrov in Moscow on Wednesday", EventTypes.Meeting)]
    [InlineData("Kim Jong Un set to meet Vladimir Putin in Vladivostok on Wednesday", EventTypes.Meeting)]
    public void A_headline_infinitive_after_its_subject_is_planned_for_the_coming_day(string headline, string type)
    {
        var announced = Assert.Single(Stories.Extract(headline, "2023-10-16"), e => e.Type == type);

        Assert.Equal(Modalities.Planned, announced.Modality);
        Assert.Equal("2023-10-18", announced.Date?.Value);
    }

    [Fact]
    public void An_undated_headline_visit_is_planned_in_the_publication_month()
    {
        var visit = Assert.Single(Stories.Extract("Russian Foreign Minister Sergey Lavrov to visit North Korea", "2023-10-16"), e => e.Type == EventTypes.Visit);

        Assert.Equal(Modalities.Planned, visit.Modality);
        Assert.Equal("2023-10", visit.Date?.Value);
    }

    [Theory]
    [InlineData("Kim Jong Un travelled to Russia on Wednesday to meet Vladimir Putin.")]
    [InlineData("Vladimir Putin invited Kim Jong Un on Wednesday to visit Moscow.")]
    public void An_infinitive_after_a_verb_is_no_headline_plan(string text)
    {
        Assert.DoesNotContain(Stories.Extract(text, "2023-10-19"), e => e.Modality == Modalities.Planned);
    }
}
