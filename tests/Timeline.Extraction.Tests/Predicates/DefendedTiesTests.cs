using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>
/// Defending ties or a right in words ("defended its military cooperation", «دافعت عن علاقات موسكو») is a
/// statement of the defender; troops defending a region say nothing. Sentences written for these tests.
/// </summary>
public class DefendedTiesTests
{
    [Theory]
    [InlineData("Pyongyang on Friday defended its military cooperation with Moscow.", "North Korea")]
    [InlineData("دافعت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا، الجمعة، عن علاقات موسكو مع بيونغ يانغ.", "Maria Zakharova")]
    public void Defending_ties_is_a_statement_of_the_defender(string text, string speaker)
    {
        var statement = Assert.Single(Stories.Extract(text, "2024-03-09"), e => e.Type == EventTypes.Statement);

        Assert.Equal(speaker, statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Fact]
    public void Troops_defending_a_region_make_no_statement()
    {
        Assert.DoesNotContain(Stories.Extract("North Korean soldiers defended villages of the Kursk region alongside Russian units in March.", "2025-05-09"),
            e => e.Type == EventTypes.Statement);
    }
}
