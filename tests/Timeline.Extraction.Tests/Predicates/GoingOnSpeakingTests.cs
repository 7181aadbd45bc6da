using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>
/// "He went on: …", "went on to say", «وتابع X: …»: the speaker goes on speaking; nobody travels and nothing is
/// followed. Sentences written for these tests.
/// </summary>
public class GoingOnSpeakingTests
{
    [Theory]
    [InlineData("Choe Son Hui went on to say the pressure of the West had pushed Pyongyang and Moscow closer than ever.", "Choe Son Hui")]
    [InlineData("The talks were warm. Choe Son Hui went on: \"Pyongyang will stand with Moscow in every trial.\"", "Choe Son Hui")]
    [InlineData("وتابعت تشوي سون هوي: \"ستقف بيونغ يانغ إلى جانب موسكو في كل المحن\".", "Choe Son Hui")]
    [InlineData("وتابع لافروف أن موسكو لن تسمح لأحد بالتدخل في علاقاتها مع بيونغ يانغ.", "Sergey Lavrov")]
    [InlineData("وأردف لافروف: \"لن تنسى موسكو وقوف بيونغ يانغ إلى جانبها\".", "Sergey Lavrov")]
    public void Going_on_with_what_is_said_is_a_statement_of_the_speaker(string text, string speaker)
    {
        var events = Stories.Extract(text, "2024-11-02");

        Assert.DoesNotContain(events, e => e.Type == EventTypes.Visit);
        var statement = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal(speaker, statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Theory]
    [InlineData("وتابعت وسائل الإعلام الروسية رحلة الزعيم الكوري الشمالي كيم جونغ أون إلى موسكو باهتمام.")]
    [InlineData("The talks between Sergey Lavrov and Choe Son Hui went on for three hours in Moscow.")]
    public void Following_or_lasting_is_no_statement(string text)
    {
        Assert.DoesNotContain(Stories.Extract(text, "2024-11-02"), e => e.Type == EventTypes.Statement);
    }
}
