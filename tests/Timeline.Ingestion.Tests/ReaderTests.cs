using Timeline.Ingestion.Parsing;

namespace Timeline.Ingestion.Tests;

public class ReaderTests
{
    [Fact]
    public void Html_without_semantic_markup_takes_the_element_holding_the_most_paragraph_text()
    {
        var html = "<html><body><div id=\"menu\"><p>Home</p><p>World</p></div><div class=\"story-wrap\"><h2>Lavrov in Pyongyang</h2>"
            + "<div><p>Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday for a two-day visit to North Korea, the ministry said.</p>"
            + "<p>He was expected to discuss the agreements reached at the September summit between the two leaders in the Russian Far East.</p></div></div>"
            + "<div class=\"sidebar\"><p>Weather: sunny all week long across the region, forecasters said today.</p></div></body></html>";

        var document = HtmlDocumentReader.Read(html, CallerMetadata.None);
        var story = StoryCleaner.Clean(document.Text);

        Assert.StartsWith("Russian Foreign Minister Sergei Lavrov arrived", story.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Weather", story.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", story.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_date_from_json_ld_when_no_meta_tag_says_it()
    {
        var html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-06-19T05:00:00+09:00\"}</script></head><body><p>x</p></body></html>";

        var document = HtmlDocumentReader.Read(html, CallerMetadata.None);

        Assert.Equal(new DateTimeOffset(2024, 6, 19, 5, 0, 0, TimeSpan.FromHours(9)), document.PublishedAt);
        Assert.Equal("meta", document.PublishedAtSource);
    }

    [Fact]
    public void Html_lang_attribute_settles_the_language_when_detection_cannot()
    {
        var html = "<html lang=\"en-GB\"><body><article><p>Lavrov, Choe: Pyongyang, Moscow; Vostochny, Vladivostok, Khabarovsk (2023).</p></article></body></html>";

        var parsed = ArticleParser.Parse("text/html", html, CallerMetadata.None).Single();

        Assert.Equal("en", parsed.Article?.Language);
    }

    [Fact]
    public void Caller_language_wins_over_detection()
    {
        var parsed = ArticleParser.Parse("text/plain", Pages.LavrovChoe, CallerMetadata.None with { Language = "AR-eg" }).Single();

        Assert.Equal("ar", parsed.Article?.Language);
    }

    [Fact]
    public void Rss_description_in_plain_text_keeps_its_paragraphs()
    {
        var rss = "<rss version=\"2.0\"><channel><title>Desk</title><item><title>T</title><description>Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday for a two-day visit to North Korea, the ministry said.\nHe met Kim Jong Un on Thursday and both sides praised their growing ties, state media reported on Friday.</description></item></channel></rss>";

        var item = Assert.Single(FeedReader.Read(rss, CallerMetadata.None));

        Assert.Equal(2, item.Text.Split('\n').Length);
        Assert.Equal("Desk", item.SiteName);
        Assert.Null(item.PublishedAt);
    }

    [Fact]
    public void Feed_item_with_an_unreadable_date_is_kept_without_a_date()
    {
        var rss = "<rss version=\"2.0\"><channel><item><title>T</title><pubDate>sometime last week</pubDate><description>x</description></item></channel></rss>";

        Assert.Null(Assert.Single(FeedReader.Read(rss, CallerMetadata.None)).PublishedAt);
    }

    [Theory]
    [InlineData("<rss><channel><item></channel></rss>")]
    [InlineData("<notafeed/>")]
    [InlineData("<rss version=\"2.0\"/>")]
    [InlineData("plain text")]
    public void Broken_or_foreign_xml_is_malformed_input(string xml)
    {
        Assert.Throws<MalformedInputException>(() => FeedReader.Read(xml, CallerMetadata.None));
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[1, 2")]
    [InlineData("true")]
    public void Broken_json_is_malformed_input(string json)
    {
        Assert.Throws<MalformedInputException>(() => JsonArticleReader.Read(json, CallerMetadata.None));
    }

    [Fact]
    public void Json_fields_win_over_query_defaults_and_query_defaults_fill_the_gaps()
    {
        var items = JsonArticleReader.Read("""{"body": "text", "source": "json-source"}""", new CallerMetadata("query-source", null, null, null, "en"));

        var caller = Assert.Single(items).Document!.Caller;
        Assert.Equal("json-source", caller.Source);
        Assert.Equal("en", caller.Language);
    }
}
