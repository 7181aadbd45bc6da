using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Timeline.PipelineLoad.Articles;

/// <summary>One generated article, ready to post as ingestion's JSON shape.</summary>
/// <param name="Url">Its unique address.</param>
/// <param name="Body">The JSON request body.</param>
/// <param name="EventDate">The date of the meeting it reports.</param>
internal sealed record GeneratedArticle(string Url, byte[] Body, DateOnly EventDate);

/// <summary>
/// Makes articles from <see cref="StoryTexts"/>, deterministically from their number, half in English and half in Arabic.
/// Distinct articles each report their own meeting; popular-story articles retell one of a few meetings in other words,
/// and a share of them are syndicated copies (the same wire text under another outlet, with a line of its own).
/// Probes report meetings on dates no other article uses, so a query for that date finds the probe alone.
/// </summary>
internal sealed class ArticleGenerator(int stories, double syndicatedShare, int seed = 12)
{
    private static readonly DateOnly LoadFirstDate = new(2023, 1, 2);
    private const int LoadDays = 1400;
    private static readonly DateOnly ProbeFirstDate = new(2013, 1, 1);

    /// <summary>The first day probes use; probe k reports a meeting on this day plus k.</summary>
    public static DateOnly ProbeDate(int k) => ProbeFirstDate.AddDays(ProbeSpacingDays * k);

    /// <summary>How many probes fit before their dates would reach the load's dates.</summary>
    public static int MaxProbes => (LoadFirstDate.DayNumber - ProbeFirstDate.DayNumber) / ProbeSpacingDays;

    // Three days apart, so an event an extractor dates a day off (e.g. by the publication date) never lands on another probe's day.
    private const int ProbeSpacingDays = 3;

    /// <summary>Article <paramref name="i"/> of a run of distinct stories: its own officials, place and date.</summary>
    public GeneratedArticle Distinct(int i)
    {
        var random = new Random(HashCode.Combine(seed, i));
        var pair = StoryTexts.Pairs[i % StoryTexts.Pairs.Length];
        var place = StoryTexts.Places[(i / StoryTexts.Pairs.Length) % StoryTexts.Places.Length];
        var date = LoadFirstDate.AddDays((int)((i * 7919L) % LoadDays));
        return Compose($"d{i}", i % 2 == 0 ? "en" : "ar", pair, place, date, random, StoryTexts.Sources[random.Next(StoryTexts.Sources.Length)], i);
    }

    /// <summary>Article <paramref name="i"/> of a run of popular stories: one of the few meetings, retold or syndicated.</summary>
    public GeneratedArticle Popular(int i)
    {
        var story = i % stories;
        var storyRandom = new Random(HashCode.Combine(seed, "story", story));
        var pair = StoryTexts.Pairs[story % StoryTexts.Pairs.Length];
        var place = StoryTexts.Places[storyRandom.Next(StoryTexts.Places.Length)];
        var date = LoadFirstDate.AddDays(storyRandom.Next(LoadDays));
        var language = (i / stories) % 2 == 0 ? "en" : "ar";
        var random = new Random(HashCode.Combine(seed, i));
        var source = StoryTexts.Sources[random.Next(StoryTexts.Sources.Length)];
        // A syndicated copy carries the story's wire text (the same random choices), so ingestion finds it a near-duplicate.
        var wording = random.NextDouble() < syndicatedShare ? new Random(HashCode.Combine(seed, "wire", story, language)) : random;
        return Compose($"p{story}-{i}", language, pair, place, date, wording, source, i);
    }

    /// <summary>Probe <paramref name="k"/>: Putin and Kim Jong Un in Vladivostok on <see cref="ProbeDate"/>(k), in English.</summary>
    public static GeneratedArticle Probe(int k)
    {
        var date = ProbeDate(k);
        var body = $"Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok on {DateEn(date)}, the two governments said.\n" +
                   "The programme also touched on trade, transport links and science.\nProbe " + k.ToString(CultureInfo.InvariantCulture) + ".";
        return Serialize($"https://probe.example/{k}", "Putin and Kim Jong Un meet in Vladivostok", body, date, "probe.example", "en");
    }

    private static GeneratedArticle Compose(string key, string language, Officials pair, Place place, DateOnly date, Random wording, string source, int number)
    {
        var arabic = language == "ar";
        var (ru, kp, where, when) = arabic
            ? (pair.RussianAr, pair.KoreanAr, place.Ar, DateAr(date))
            : (pair.RussianEn, pair.KoreanEn, place.En, DateEn(date));
        var headlines = arabic ? StoryTexts.HeadlinesAr : StoryTexts.HeadlinesEn;
        var leads = arabic ? StoryTexts.LeadsAr : StoryTexts.LeadsEn;
        var background = arabic ? StoryTexts.BackgroundAr : StoryTexts.BackgroundEn;
        var topics = arabic ? StoryTexts.TopicsAr : StoryTexts.TopicsEn;

        var title = string.Format(CultureInfo.InvariantCulture, headlines[wording.Next(headlines.Length)], Short(ru), Short(kp), where);
        var text = new StringBuilder(3000);
        text.Append(title).Append('\n');
        text.AppendFormat(CultureInfo.InvariantCulture, leads[wording.Next(leads.Length)], ru, kp, where, when).Append('\n');
        // Each article draws its own topics, so its vocabulary (what SimHash sees) differs from another article's.
        var drawn = topics.OrderBy(_ => wording.Next()).ToArray();
        var sentences = 8 + wording.Next(6);
        for (var n = 0; n < sentences; n++)
        {
            text.AppendFormat(CultureInfo.InvariantCulture, background[wording.Next(background.Length)], drawn[(3 * n) % drawn.Length], drawn[(3 * n + 1) % drawn.Length], drawn[(3 * n + 2) % drawn.Length])
                .Append(wording.Next(3) == 0 ? '\n' : ' ');
        }
        // A line of the outlet's own keeps every article's text unique, as real copies differ in bylines and footers.
        text.Append('\n').Append(arabic ? "رقم التقرير " : "Report number ").Append(number.ToString(CultureInfo.InvariantCulture)).Append(" — ").Append(source);
        return Serialize($"https://{source}/{language}/{key}", title, text.ToString(), date, source, language);
    }

    private static GeneratedArticle Serialize(string url, string title, string body, DateOnly date, string source, string language)
    {
        var published = date.AddDays(1).ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc);
        var json = JsonSerializer.SerializeToUtf8Bytes(new ArticleJson(url, title, body, new DateTimeOffset(published), source, language), ArticleJsonContext.Default.ArticleJson);
        return new GeneratedArticle(url, json, date);
    }

    // The title is the name alone, without the office, e.g. "Vladimir Putin".
    private static string Short(string official) =>
        official.Contains(',', StringComparison.Ordinal) ? official[..official.IndexOf(',', StringComparison.Ordinal)]
        : official.Split(' ') is { Length: > 2 } words ? string.Join(' ', words[^2..]) : official;

    private static string DateEn(DateOnly d) => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string DateAr(DateOnly d) => string.Create(CultureInfo.InvariantCulture, $"{d.Day} {StoryTexts.MonthsAr[d.Month - 1]} {d.Year}");
}

/// <summary>Ingestion's JSON article shape.</summary>
internal sealed record ArticleJson(string Url, string Title, string Body, DateTimeOffset PublishedAt, string Source, string Language);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(ArticleJson))]
internal sealed partial class ArticleJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
