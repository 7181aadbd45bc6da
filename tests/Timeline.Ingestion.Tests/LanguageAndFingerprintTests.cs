using Timeline.Ingestion.Parsing;

namespace Timeline.Ingestion.Tests;

public class LanguageAndFingerprintTests
{
    private const string EnglishStory =
        "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday for a two-day visit. " +
        "He met North Korean leader Kim Jong Un on Thursday and said relations had reached a new strategic level. " +
        "The visit was expected to prepare a trip by President Vladimir Putin to North Korea.";

    [Theory]
    [InlineData("page-lavrov-kim-ar.txt")]
    [InlineData("page-putin-visit-ar.txt")]
    public void Arabic_news_pages_are_detected_as_arabic(string page) =>
        Assert.Equal("ar", LanguageDetector.Detect(StoryCleaner.Clean(Http.Fixture(page)).Body));

    [Fact]
    public void English_news_text_is_detected_as_english() => Assert.Equal("en", LanguageDetector.Detect(EnglishStory));

    [Theory]
    [InlineData("Министр иностранных дел России Сергей Лавров прибыл в Пхеньян с двухдневным визитом.")]
    [InlineData("Le ministre russe des Affaires étrangères est arrivé à Pyongyang pour une visite de deux jours.")]
    [InlineData("12345 67890 !!! ??? 2023-10-19")]
    [InlineData("وزير امور خارجه روسیه برای یک سفر دو روزه وارد پیونگ یانگ شد و این سفر مهم است که")]
    public void Other_languages_and_letterless_text_are_not_guessed(string text) => Assert.Null(LanguageDetector.Detect(text));

    [Fact]
    public void A_story_keeps_the_hash_and_simhash_earlier_versions_stored_for_it()
    {
        // Stored article ids and duplicate checks depend on these exact values: a change here orphans stored articles.
        var fingerprint = StoryFingerprint.Of("Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday, the ministry said. \"It's a visit,\" (he said).");

        Assert.Equal("ebf9f0dd9062fcebb871b990adeb8183a53a353b5ccbe57e26bd5072b6b7504e", fingerprint.ContentHash);
        Assert.Equal("art_ebf9f0dd9062fcebb871b990", fingerprint.ArticleId);
        Assert.Equal(0x1551a52848cc0cd5UL, fingerprint.SimHash);
    }

    [Fact]
    public void A_seed_page_keeps_the_hash_earlier_versions_stored_for_it() =>
        Assert.Equal("7c3a54d9ca0aae706a6f04b52e55aa64aa205a05cb341caef65fd18cbdeaeaac", StoryFingerprint.Of(SeedPages.Read("000")).ContentHash);

    [Fact]
    public void Same_story_with_different_spacing_and_arabic_spelling_has_the_same_hash()
    {
        var a = StoryFingerprint.Of("أكد وزير الخارجية  الروسي،\nأن العلاقات وصلت إلى مستوى جديد");
        var b = StoryFingerprint.Of("اكد وزير الخارجيه الروسي, ان العلاقات وصلت الى مستوى جديد");

        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.Equal(a.ArticleId, b.ArticleId);
        Assert.Matches("^art_[0-9a-f]{24}$", a.ArticleId);
    }

    [Fact]
    public void Same_wire_story_lightly_edited_by_another_outlet_is_a_near_duplicate()
    {
        var story = StoryCleaner.Clean(Pages.PutinVisit).Body;
        // A second outlet runs the same wire copy without the subheading and with its own attribution.
        var edited = story.Replace("اتهامات غربية\n", "", StringComparison.Ordinal)
            .Replace("وفق وكالة رويترز.", "وفق ما نقلت وكالة رويترز للأنباء.", StringComparison.Ordinal);
        Assert.NotEqual(story, edited);

        var distance = StoryFingerprint.Distance(StoryFingerprint.Of(story).SimHash, StoryFingerprint.Of(edited).SimHash);

        Assert.InRange(distance, 0, StoryFingerprint.NearDuplicateDistance);
        Assert.NotEqual(StoryFingerprint.Of(story).ContentHash, StoryFingerprint.Of(edited).ContentHash);
    }

    [Fact]
    public void Different_stories_on_the_same_topic_are_far_apart()
    {
        var a = StoryFingerprint.Of(StoryCleaner.Clean(Pages.LavrovKim).Body);
        var b = StoryFingerprint.Of(StoryCleaner.Clean(Pages.LavrovChoe).Body);

        Assert.True(StoryFingerprint.Distance(a.SimHash, b.SimHash) > 10, $"distance {StoryFingerprint.Distance(a.SimHash, b.SimHash)}");
    }
}
