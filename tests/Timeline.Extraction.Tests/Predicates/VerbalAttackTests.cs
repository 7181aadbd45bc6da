using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>
/// Wire verbs of attacking in words ("lashed out at", "blasted", "lambasted", "decried", "hit out at") are condemnations
/// by their subject. Sentences written for these tests.
/// </summary>
public class VerbalAttackTests
{
    [Theory]
    [InlineData("Kim Yo Jong lashed out at Seoul on Friday over its talk of North Korean troops in Russia.", "Kim Yo Jong")]
    [InlineData("Kim Yo Jong blasted Kyiv on Friday for its remarks about North Korean soldiers in Russia.", "Kim Yo Jong")]
    [InlineData("Maria Zakharova lambasted Seoul on Friday over its claims about North Korean units in Russia.", "Maria Zakharova")]
    [InlineData("Sergey Lavrov decried Washington's pressure on Pyongyang and Moscow on Friday.", "Sergey Lavrov")]
    [InlineData("Kim Yo Jong hit out at Kyiv on Friday over its claims about North Korean troops in Russia.", "Kim Yo Jong")]
    public void Attacking_in_words_is_a_condemnation_by_the_subject(string text, string speaker)
    {
        var condemnation = Assert.Single(Stories.Extract(text, "2024-10-26"), e => e.Type == EventTypes.Statement);

        Assert.Equal("condemnation", condemnation.Subtype);
        Assert.Equal(speaker, condemnation.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }
}
