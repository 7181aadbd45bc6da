using Timeline.Extraction.Extraction.Text;

namespace Timeline.Extraction.Tests.Extraction;

/// <summary>The shape filter that turns words away before a set is asked.</summary>
public class WordShapesTests
{
    private static readonly WordShapes Shapes = new(["الخميس", "since"]);

    [Theory]
    [InlineData("الخميس")]
    [InlineData("since")]
    public void Every_word_of_the_set_may_be_held(string word) => Assert.True(Shapes.MayHold(word));

    [Theory]
    [InlineData("الخميسي")] // Another length.
    [InlineData("الجمعه")] // Same length and first letter, another last letter.
    [InlineData("wince")] // Same length and last letter, another first letter.
    [InlineData("")]
    public void A_word_of_another_shape_is_turned_away(string word) => Assert.False(Shapes.MayHold(word));

    [Fact]
    public void A_word_added_later_may_be_held()
    {
        var shapes = new WordShapes([]);
        Assert.False(shapes.MayHold("Pak"));

        shapes.Add("Pak");

        Assert.True(shapes.MayHold("Pak"));
    }
}
