using Timeline.Ingestion.Parsing;

namespace Timeline.Ingestion.Tests;

/// <summary>The cleaner's general signals on small pages written for the purpose (not the seeds).</summary>
public class StoryCleanerSignalTests
{
    private const string Lead =
        "Russian Foreign Minister Sergei Lavrov met North Korean Foreign Minister Choe Son Hui in Pyongyang on Thursday, the ministry said.";
    private const string Second =
        "The two ministers discussed the agreements reached by their leaders at the summit in the Russian Far East in September.";

    [Theory]
    [InlineData("Read more: Markets in Asia close higher on Friday")]
    [InlineData("Related articles")]
    [InlineData("اقرأ أيضا: الأسواق الآسيوية تغلق على ارتفاع")]
    [InlineData("مواضيع ذات صلة")]
    [InlineData("Tags: Russia, North Korea, diplomacy")]
    [InlineData("© 2023 Example Media")]
    public void Material_after_a_read_more_or_related_marker_is_cut(string marker)
    {
        var page = $"Lavrov meets Choe in Pyongyang\n{Lead}\n{Second}\n{marker}\nJapan's prime minister said on Monday he would stay in office despite losing his majority in the election.\nHe told reporters that he wanted to avoid a political vacuum in the country.";

        var story = StoryCleaner.Clean(page);

        Assert.Equal($"{Lead}\n{Second}", story.Body);
    }

    [Fact]
    public void A_second_article_starting_with_a_headline_and_a_date_line_is_not_merged_into_the_first()
    {
        var page = $"Lavrov meets Choe in Pyongyang\n{Lead}\n{Second}\nJapan's prime minister vows to stay on\nOctober 28, 2024\nJapan's prime minister said on Monday he would stay in office despite losing his majority in the election.";

        var story = StoryCleaner.Clean(page);

        Assert.Equal($"{Lead}\n{Second}", story.Body);
        Assert.Null(story.PublishedAt);
    }

    [Fact]
    public void A_run_of_short_link_lines_after_the_story_is_cut()
    {
        var page = $"{Lead}\n{Second}\nHome\nWorld news today\nBusiness and markets\nSport results\nWeather for the week\nContact the newsroom";

        Assert.Equal($"{Lead}\n{Second}", StoryCleaner.Clean(page).Body);
    }

    [Fact]
    public void A_single_subheading_inside_the_story_is_kept()
    {
        var page = $"{Lead}\nTalks on energy\n{Second}";

        Assert.Equal($"{Lead}\nTalks on energy\n{Second}", StoryCleaner.Clean(page).Body);
    }

    [Fact]
    public void Teaser_links_before_the_story_are_dropped_and_the_headline_found()
    {
        var page = "Most read\nMarkets rally as oil prices fall...\nStorm warning issued for the coast...\nNew stadium opens in the capital...\n"
            + $"Lavrov meets Choe in Pyongyang\nPublished: 19 October 2023\n{Lead}\n{Second}";

        var story = StoryCleaner.Clean(page);

        Assert.Equal($"{Lead}\n{Second}", story.Body);
        Assert.Equal("Lavrov meets Choe in Pyongyang", story.Headline);
        Assert.Equal(new DateTimeOffset(2023, 10, 19, 0, 0, 0, TimeSpan.Zero), story.PublishedAt);
    }

    [Fact]
    public void Captions_with_agency_credits_ads_share_lines_and_repeated_lines_are_dropped()
    {
        var page = $"{Lead}\nLavrov shakes hands with Choe Son Hui in Pyongyang (AFP)\nAdvertisement\nShare on Facebook\n{Second}\n{Second}";

        Assert.Equal($"{Lead}\n{Second}", StoryCleaner.Clean(page).Body);
    }

    [Fact]
    public void A_date_inside_a_story_sentence_is_not_taken_as_the_publication_date()
    {
        var page = $"{Lead}\nThe summit was held on 13 September 2023 at the Vostochny cosmodrome in the Russian Far East, officials said.";

        Assert.Null(StoryCleaner.Clean(page).PublishedAt);
    }

    [Fact]
    public void A_page_with_only_boilerplate_has_no_story()
    {
        var story = StoryCleaner.Clean("[ad_1]\nShare this\nTT\nSource link\nRelated");

        Assert.Equal(string.Empty, story.Body);
    }

    [Fact]
    public void Levantine_date_line_with_arabic_indic_digits_under_the_headline_is_the_publication_date()
    {
        var page = "لافروف يلتقي نظيرته الكورية الشمالية\nالخميس ١٩ تشرين الأول ٢٠٢٣\n"
            + "التقى وزير الخارجية الروسي سيرغي لافروف نظيرته الكورية الشمالية تشوي سون هوي في بيونغ يانغ يوم الخميس، وفق ما ذكرت وزارة الخارجية الروسية في بيان.";

        var story = StoryCleaner.Clean(page);

        Assert.Equal(new DateTimeOffset(2023, 10, 19, 0, 0, 0, TimeSpan.Zero), story.PublishedAt);
        Assert.Equal("لافروف يلتقي نظيرته الكورية الشمالية", story.Headline);
    }
}
