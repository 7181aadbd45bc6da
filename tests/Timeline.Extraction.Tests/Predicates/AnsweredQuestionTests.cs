using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>Answering a question ("Peskov replied that", «أجاب بيسكوف بأن») is a statement of the one answering. Sentences written for these tests.</summary>
public class AnsweredQuestionTests
{
    [Theory]
    [InlineData("Asked about the North Korean leader's next trip, Dmitry Peskov replied that Moscow and Pyongyang were still discussing its date.", "Dmitry Peskov")]
    [InlineData("وردا على سؤال، أجاب دميتري بيسكوف بأن موسكو وبيونغ يانغ ما زالتا تبحثان موعد الزيارة المقبلة.", "Dmitry Peskov")]
    public void Answering_is_a_statement_of_the_one_answering(string text, string speaker)
    {
        var statement = Assert.Single(Stories.Extract(text, "2024-05-20"), e => e.Type == EventTypes.Statement);

        Assert.Equal(speaker, statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }
}
