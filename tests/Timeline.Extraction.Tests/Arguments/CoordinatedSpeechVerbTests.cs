using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Arguments;

/// <summary>
/// «التقى كيم وزير الدفاع الروسي في بيونغ يانغ، وأشاد بـ…»: a coordinated Arabic verb of speech with no name of its own
/// goes on with the subject of the clause before; the minister met at its end (whose «وزير» only looks like "and …") is
/// no speaker. Sentences written for these tests.
/// </summary>
public class CoordinatedSpeechVerbTests
{
    [Theory]
    [InlineData("استقبل كيم جونغ أون وزير الدفاع الروسي في قصر كومسوسان، وأشاد بالشراكة العسكرية مع موسكو.")]
    [InlineData("التقى كيم جونغ أون وزير الخارجية الروسي في وونسان، وتعهد بدعم روسيا حتى النصر.")]
    public void The_subject_of_the_clause_before_speaks_alone(string text)
    {
        var events = Stories.Extract(text, "2025-07-13");
        var statement = Assert.Single(events, e => e.Type == EventTypes.Statement);
        var speaker = Assert.Single(statement.Participants, p => p.Role == ParticipantRoles.Actor);
        Assert.Equal("Kim Jong Un", speaker.Name);
    }
}
