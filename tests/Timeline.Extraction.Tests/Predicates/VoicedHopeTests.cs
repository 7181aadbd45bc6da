using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>
/// "expressed hope that", "praised plans for": the hope or the plan is what a remark speaks of; the remark itself was
/// made. Sentences written for these tests.
/// </summary>
public class VoicedHopeTests
{
    [Theory]
    [InlineData("Putin and Kim Jong Un expressed hope that trade between Russia and North Korea would double.")]
    [InlineData("Kim Jong Un expressed hope that Russia and North Korea would grow closer still.")]
    [InlineData("Shoigu praised plans for closer military ties between Russia and North Korea.")]
    public void A_hope_or_a_plan_spoken_of_is_a_statement_that_took_place(string text)
    {
        var events = Stories.Extract(text, "2024-11-20");
        var statement = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal(Modalities.Occurred, statement.Modality);
    }
}
