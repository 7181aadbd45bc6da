using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Arguments;

/// <summary>
/// Arabic speech told through a noun: «وجاء في تصريحه أن» (his remarks said) goes on with the one told of before;
/// «أدلى … بتصريحات» (made statements) has its speakers between the verb and the noun. Sentences written for these tests.
/// </summary>
public class ArabicRemarksNounTests
{
    [Theory]
    [InlineData("استقبلت وزيرة الخارجية تشوي سون هوي السفير الروسي في بيونغ يانغ. وجاء في تصريحها أن الشراكة مع روسيا لا رجعة فيها.", "Choe Son Hui")]
    [InlineData("زار بوتين كوريا الشمالية الشهر الماضي. وجاء في كلمته أن موسكو لن تتخلى عن بيونغ يانغ.", "Vladimir Putin")]
    public void Remarks_said_in_a_possessed_noun_are_those_of_the_one_told_of_before(string text, string speaker)
    {
        var events = Stories.Extract(text, "2024-07-10");
        var statement = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal(speaker, statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Fact]
    public void Statements_made_by_the_two_leaders_are_a_statement_by_both()
    {
        var events = Stories.Extract("وأدلى الزعيمان بوتين وكيم جونغ أون بتصريحات أمام وسائل الإعلام في ختام زيارة الدولة.", "2024-06-19");
        var statement = Assert.Single(events, e => e.Type == EventTypes.Statement);
        var speakers = statement.Participants.Where(p => p.Role == ParticipantRoles.Actor).Select(p => p.Name).ToList();
        Assert.Contains("Kim Jong Un", speakers);
        Assert.Contains("Vladimir Putin", speakers);
    }
}
