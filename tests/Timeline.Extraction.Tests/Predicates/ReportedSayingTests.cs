using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>«نقلت الوكالة عن X القول إن»: an outlet reporting X as saying tells a statement by X. Sentences written for these tests.</summary>
public class ReportedSayingTests
{
    [Theory]
    [InlineData("ونقلت وكالة تاس عن زاخاروفا القول إن التعاون مع بيونغ يانغ لا يستهدف أحدا.", "Maria Zakharova")]
    [InlineData("ونقلت وكالة ريا نوفوستي عن بيسكوف القول إن موسكو تقدر دعم كوريا الشمالية.", "Dmitry Peskov")]
    public void Reported_as_saying_is_a_statement_of_the_one_named(string text, string speaker)
    {
        var statement = Assert.Single(Stories.Extract(text, "2025-03-04"), e => e.Type == EventTypes.Statement);
        Assert.Equal(speaker, statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }
}
