using Timeline.Extraction.Extraction;
using Timeline.Extraction.Extraction.Document;

namespace Timeline.Extraction.Tests.Document;

/// <summary>Which parts of a page tell the story: past the headline, up to the page furniture, around a "read also" list.</summary>
public class StoryLayoutTests
{
    private static readonly StoryLayout Layout = new(ExtractionData.Default);

    // A story opens with more than a few lines: page furniture is only looked for past its first 200 characters.
    private const string Lead = "The two foreign ministers met in the port city on Tuesday and spoke for three hours about rail links, "
        + "fishing rights and a new bridge over the border river. Both sides called the talks useful and agreed to meet again in the spring.";

    private static List<string> Parts(string body) => [.. Layout.StoryRanges(body).Select(r => body[r.Start..r.End])];

    [Theory]
    [InlineData("Ministers meet in port city\n" + Lead, "Ministers meet")]
    [InlineData("وزيرا الخارجية يلتقيان في المدينة الساحلية\n" + Lead, "وزيرا الخارجية")]
    public void A_short_first_line_without_a_full_stop_is_a_headline_left_out(string body, string headline)
    {
        var part = Assert.Single(Parts(body));
        Assert.DoesNotContain(headline, part, StringComparison.Ordinal);
        Assert.StartsWith("The two foreign ministers", part, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_line_that_ends_a_sentence_is_story_not_headline()
    {
        var body = "The ministers met on Tuesday.\n" + Lead;
        Assert.StartsWith("The ministers met on Tuesday.", Assert.Single(Parts(body)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Related articles")]
    [InlineData("Tags")]
    [InlineData("إقرأ أيضاً")]
    [InlineData("الكلمات الدلالية")]
    public void A_line_opening_page_furniture_ends_the_story(string furniture)
    {
        var body = Lead + "\n" + furniture + "\nA different story about a football match.\n";
        var part = Assert.Single(Parts(body));
        Assert.EndsWith("in the spring.\n", part, StringComparison.Ordinal);
        Assert.DoesNotContain("football", part, StringComparison.Ordinal);
    }

    [Fact]
    public void Furniture_words_in_the_first_lines_do_not_end_the_story()
    {
        var body = "Tags of the talks were the railway and the bridge.\n" + Lead;
        Assert.Contains("in the spring.", Assert.Single(Parts(body)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Read also\nlist of 2 items\nA story about a football match\nA story about the weather\nend of list\n")]
    [InlineData("اقرأ أيضا\nقصة عن مباراة كرة القدم\nنهاية القائمة\n")]
    public void A_read_also_list_closed_by_an_end_of_list_line_is_cut_and_the_story_goes_on(string list)
    {
        var body = Lead + "\n" + list + "The ministers will meet again in Moscow.\n";
        var parts = Parts(body);
        Assert.Equal(2, parts.Count);
        Assert.EndsWith("in the spring.\n", parts[0], StringComparison.Ordinal);
        Assert.Equal("The ministers will meet again in Moscow.\n", parts[1]);
    }

    [Fact]
    public void A_read_also_list_never_closed_ends_the_story()
    {
        var body = Lead + "\nRead also\nA story about a football match\nThe ministers will meet again in Moscow.\n";
        Assert.DoesNotContain("Moscow", Assert.Single(Parts(body)), StringComparison.Ordinal);
    }
}
