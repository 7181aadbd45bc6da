using Timeline.Extraction.Extraction.Text;

namespace Timeline.Extraction.Tests.Extraction;

public class PhraseMatcherTests
{
    private static List<Token> Words(string text) => Tokenizer.Tokenize(text, 0, text.Length);

    [Fact]
    public void A_one_letter_phrase_matches_only_that_letter()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("x", "letter");
        var tokens = Words("x xy");
        Assert.Equal("letter", Assert.Single(matcher.MatchAt(tokens, 0)).Value);
        Assert.Empty(matcher.MatchAt(tokens, 1));
    }

    [Fact]
    public void A_starred_phrase_matches_any_ending_also_behind_a_proclitic()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("زيار*", "visit");
        var tokens = Words("زيارته وزيارتها زار");
        Assert.Single(matcher.MatchAt(tokens, 0));
        Assert.Single(matcher.MatchAt(tokens, 1));
        Assert.Empty(matcher.MatchAt(tokens, 2));
    }

    [Fact]
    public void Phrases_are_found_whatever_the_length_of_their_first_word()
    {
        var longWord = new string('a', 70);
        var matcher = new PhraseMatcher<string>();
        matcher.Add(longWord + " b", "long");
        matcher.Add(new string('c', 65) + "*", "long prefix");
        var tokens = Words(longWord + " b " + new string('c', 66));
        Assert.Equal("long", Assert.Single(matcher.MatchAt(tokens, 0)).Value);
        Assert.Empty(matcher.MatchAt(tokens, 1));
        Assert.Equal("long prefix", Assert.Single(matcher.MatchAt(tokens, 2)).Value);
    }

    [Fact]
    public void The_longest_phrase_comes_first()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("كوريا", "short");
        matcher.Add("كوريا الشمالية", "long");
        var matches = matcher.MatchAt(Words("كوريا الشمالية"), 0);
        Assert.Equal(["long", "short"], matches.Select(m => m.Value));
    }

    [Fact]
    public void Matching_into_a_list_replaces_its_contents_with_what_matching_returns()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("كوريا", "short");
        matcher.Add("كوريا الشمالية", "long");
        var tokens = Words("كوريا الشمالية وروسيا");
        var into = new List<PhraseMatch<string>> { new(9, "stale", false) };
        matcher.MatchInto(tokens, 0, into);
        Assert.Equal(matcher.MatchAt(tokens, 0), into);
        matcher.MatchInto(tokens, 2, into);
        Assert.Empty(into);
    }

    [Fact]
    public void The_longest_and_any_match_are_read_without_a_list()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("كوريا", "short");
        matcher.Add("كوريا الشمالية", "long");
        var tokens = Words("وكوريا الشمالية وروسيا كوريا");
        Assert.Equal("long", matcher.Longest(tokens, 0)?.Value);
        Assert.True(matcher.HasMatchAt(tokens, 0));
        Assert.True(matcher.HasMatchAt(tokens, 3));
        Assert.Null(matcher.Longest(tokens, 2));
        Assert.False(matcher.HasMatchAt(tokens, 2));
    }
}
