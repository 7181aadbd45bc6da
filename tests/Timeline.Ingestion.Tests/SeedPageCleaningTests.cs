using Timeline.Ingestion.Parsing;

namespace Timeline.Ingestion.Tests;

public class SeedPageCleaningTests
{
    // The first words of each page's real story, as a reader would find them.
    public static TheoryData<string, string> LeadSentences => new()
    {
        { "000", "اجتمع وزير الخارجية الروسي سيرغي لافروف مع زعيم كوريا الشمالية كيم جونغ أون الخميس" },
        { "001", "أكد الزعيم الكوري الشمالي كيم جونغ أون، خلال استقباله وزير الخارجية الروسي سيرغي لافروف" },
        { "002", "بعد شهر من زيارة الزعيم الكوري الشمالي لشرق روسيا، أكد وزير الخارجية الروسي سيرغي لافروف" },
        { "003", "في زيارة بالغة الأهمية تحمل رسائل عدة للغرب" },
        { "004", "قال الرئيس الروسي فلاديمير بوتين إن لديه الرغبة في زيارة كوريا الشمالية في وقت قريب" },
    };

    [Theory]
    [MemberData(nameof(LeadSentences))]
    public void Cleaned_story_starts_with_the_lead_sentence_of_the_real_story(string seed, string lead)
    {
        var story = StoryCleaner.Clean(SeedPages.Read(seed));

        Assert.StartsWith(lead, story.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("004")]
    public void Glued_on_material_after_the_story_is_cut_off(string seed)
    {
        var page = SeedPages.Read(seed);
        var marker = SeedPages.Gold(seed).GetProperty("off_topic_tail_starts_with").GetString()!;
        var tail = page[page.IndexOf(marker, StringComparison.Ordinal)..];

        var story = StoryCleaner.Clean(page);

        Assert.DoesNotContain(marker, story.Body, StringComparison.Ordinal);
        foreach (var line in tail.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 15))
        {
            Assert.DoesNotContain(line, story.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Related_links_before_the_story_are_cut_off_and_the_story_headline_kept()
    {
        var page = SeedPages.Read("003");
        var marker = SeedPages.Gold("003").GetProperty("off_topic_head_ends_before").GetString()!;
        var head = page[..page.IndexOf(marker, StringComparison.Ordinal)];

        var story = StoryCleaner.Clean(page);

        foreach (var line in head.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 3))
        {
            Assert.DoesNotContain(line, story.Body, StringComparison.Ordinal);
        }
        Assert.StartsWith(marker, story.Headline, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000", "2023-10-19")]
    [InlineData("004", "2024-01-21")]
    public void Publication_date_line_in_english_format_inside_arabic_text_is_found(string seed, string expected)
    {
        var story = StoryCleaner.Clean(SeedPages.Read(seed));

        Assert.Equal(expected, story.PublishedAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    public void Pages_without_a_date_line_carry_no_date_even_with_dates_in_related_links(string seed)
    {
        var story = StoryCleaner.Clean(SeedPages.Read(seed));

        Assert.Null(story.PublishedAt);
    }

    [Theory]
    [InlineData("000", "الجزيرة")]
    [InlineData("004", "عربي21")]
    public void Source_credit_line_becomes_metadata_not_story(string seed, string source)
    {
        var story = StoryCleaner.Clean(SeedPages.Read(seed));

        Assert.Equal(source, story.SourceName);
        Assert.DoesNotContain("المصدر:", story.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_photo_captions_and_the_TT_marker_are_dropped()
    {
        var story = StoryCleaner.Clean(SeedPages.Read("001"));

        Assert.DoesNotContain("يصافح وزير الخارجية الروسي", story.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("(د.ب.أ)", story.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("TT", story.Body.Split('\n'));
        Assert.Equal("كيم جونغ أون يريد بناء علاقة «تتطلع إلى المستقبل» مع روسيا", story.Headline);
    }

    [Fact]
    public void Ad_markers_are_dropped_and_the_last_story_paragraph_kept()
    {
        var story = StoryCleaner.Clean(SeedPages.Read("002"));

        Assert.DoesNotContain("[ad_1]", story.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Source link", story.Body, StringComparison.Ordinal);
        Assert.EndsWith("لفت بوتين إلى أنه يرى “إمكانية” للتعاون العسكري.", story.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Every_gold_evidence_sentence_survives_cleaning_verbatim_so_offsets_point_into_the_original(string seed)
    {
        var page = SeedPages.Read(seed);
        var story = StoryCleaner.Clean(page);

        foreach (var ev in SeedPages.Gold(seed).GetProperty("events").EnumerateArray())
        {
            // Gold elides with "..." in places; each elided piece must still be in the body as written.
            foreach (var piece in ev.GetProperty("evidence").GetString()!.Split("...", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.Contains(piece, story.Body, StringComparison.Ordinal);
            }
        }
        foreach (var line in story.Body.Split('\n'))
        {
            Assert.Contains(line, page, StringComparison.Ordinal);
        }
    }
}
