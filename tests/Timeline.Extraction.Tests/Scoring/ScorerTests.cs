using Timeline.Eval.Scoring;

namespace Timeline.Extraction.Tests.Scoring;

public class ScorerTests
{
    private static GoldEvent G(string date, string type, string[] actors, string[]? countries = null) =>
        new() { Date = date, Type = type, Actors = actors, Countries = countries ?? ["RU", "KP"], Summary = $"{type} {date}" };

    private static SystemEvent S(string id, string type, string? date, string[] actors, string[]? countries = null, string source = "a.txt", string sentence = "s") =>
        new(id, type, date, actors, countries ?? ["RU", "KP"], id, [(source, sentence)]);

    private static GoldArticle A(string file, params GoldEvent[] events) => new() { File = file, Published = "2023-10-19", Events = events };

    private static readonly Func<string, string, bool> Nowhere = (_, _) => false;

    [Fact]
    public void The_same_happening_in_two_articles_is_one_gold_event()
    {
        var gold = new[]
        {
            A("a.txt", G("2023-10-18", "visit", ["Sergey Lavrov"])),
            A("b.txt", G("2023-10-18", "visit", ["Sergey Lavrov"]), G("2023-10-19", "meeting", ["Sergey Lavrov", "Choe Son Hui"])),
        };
        Assert.Equal(2, Scorer.Union(gold).Count);
    }

    [Fact]
    public void Two_events_of_one_article_are_never_folded_together()
    {
        var gold = new[] { A("a.txt", G("2023-10-19", "meeting", ["Sergey Lavrov", "Kim Jong Un"]), G("2023-10-19", "meeting", ["Sergey Lavrov", "Choe Son Hui"])) };
        Assert.Equal(2, Scorer.Union(gold).Count);
    }

    [Theory]
    [InlineData("2023-10-19", "2023-10-19", 2)]
    [InlineData("2023-10", "2023-10-19", 1)]
    [InlineData("2023-10-19", "2023-10", 0)]
    [InlineData("2023-10-19", "2023-10-18", 0)]
    public void A_date_matches_at_the_gold_precision(string gold, string system, int expected)
    {
        var union = Scorer.Union([A("a.txt", G(gold, "meeting", ["Sergey Lavrov", "Kim Jong Un"]))])[0];
        Assert.Equal(expected, Scorer.MatchKind(S("e", "meeting", system, ["Sergey Lavrov"]), union));
    }

    [Theory]
    // Through the gazetteer: another transliteration or spelling of a known person.
    [InlineData("Sergei Naryshkin", "Sergey Naryshkin")]
    [InlineData("Kim Jong-un", "Kim Jong Un")]
    // Names the gazetteer does not know: case, hyphens and Russian given-name endings.
    [InlineData("Kang Sun-nam", "Kang Sun Nam")]
    [InlineData("Andrei Maluishev", "Andrey Maluishev")]
    public void Actors_match_as_the_people_they_name_not_as_strings(string gold, string system)
    {
        var union = Scorer.Union([A("a.txt", G("2024-06-19", "meeting", [gold]))])[0];
        Assert.Equal(2, Scorer.MatchKind(S("e", "meeting", "2024-06-19", [system]), union));
    }

    [Fact]
    public void A_miss_is_explained_by_the_first_stage_that_failed_on_its_sentence()
    {
        var gold = new[]
        {
            A("a.txt", G("2023-10-19", "meeting", ["Sergey Lavrov", "Choe Son Hui"]) with { Evidence = "Lavrov held talks with Choe on Thursday." },
                G("2023-10-18", "visit", ["Sergey Lavrov"]) with { Evidence = "Lavrov arrived on Wednesday." },
                G("2023-10-19", "statement", ["Sergey Lavrov"]) with { Evidence = "Lavrov praised the ties." },
                G("2023-10-19", "statement", ["Choe Son Hui"]) with { Evidence = "Choe thanked Russia." }),
        };
        var timeline = new[]
        {
            S("e1", "other", "2023-10-19", ["Sergey Lavrov"], sentence: "Lavrov held talks with Choe on Thursday."),
            S("e2", "visit", "2023-10", ["Sergey Lavrov"], sentence: "Lavrov arrived on Wednesday."),
            S("e3", "statement", "2023-10-19", ["Kim Jong Un"], sentence: "Choe thanked Russia."),
        };
        var report = Scorer.Score(gold, timeline, Nowhere);
        var stages = MissExplainer.Explain(report, timeline).ToDictionary(x => x.Gold.Evidence, x => x.Stage);
        Assert.Equal("type", stages["Lavrov held talks with Choe on Thursday."]);
        Assert.Equal("date", stages["Lavrov arrived on Wednesday."]);
        Assert.Equal("nothing", stages["Lavrov praised the ties."]);
        Assert.Equal("actors", stages["Choe thanked Russia."]);
    }

    [Fact]
    public void Different_people_with_a_shared_surname_do_not_match()
    {
        var union = Scorer.Union([A("a.txt", G("2024-11-27", "statement", ["Kim Song"]))])[0];
        Assert.Equal(0, Scorer.MatchKind(S("e", "statement", "2024-11-27", ["Kim Jong Un"]), union));
    }

    [Fact]
    public void At_least_half_the_gold_actors_must_take_part_or_else_the_first_two_countries()
    {
        var withActors = Scorer.Union([A("a.txt", G("2024-06-19", "agreement", ["Vladimir Putin", "Kim Jong Un", "Sergey Lavrov"]))])[0];
        Assert.Equal(0, Scorer.MatchKind(S("e", "agreement", "2024-06-19", ["Vladimir Putin"]), withActors));
        Assert.Equal(2, Scorer.MatchKind(S("e", "agreement", "2024-06-19", ["Vladimir Putin", "Kim Jong Un"]), withActors));

        var noActors = Scorer.Union([A("a.txt", G("2024-01", "accusation", [], ["KR", "KP", "RU"]))])[0];
        Assert.Equal(0, Scorer.MatchKind(S("e", "accusation", "2024-01", [], ["US", "KP", "RU"]), noActors));
        Assert.Equal(2, Scorer.MatchKind(S("e", "accusation", "2024-01", [], ["KP", "KR"]), noActors));
    }

    [Fact]
    public void A_second_match_of_one_gold_event_is_a_duplicate_not_a_match()
    {
        var gold = new[] { A("a.txt", G("2023-10-18", "visit", ["Sergey Lavrov"])) };
        var report = Scorer.Score(gold, [S("1", "visit", "2023-10-18", ["Sergey Lavrov"]), S("2", "visit", "2023-10-18", ["Sergey Lavrov", "Kim Jong Un"])], Nowhere);
        Assert.Equal(1, report.Duplicates);
        Assert.Equal(0.5, report.Precision, 3);
        Assert.Equal(1.0, report.Recall, 3);
        Assert.Equal(1.0, report.DateExact, 3);
        Assert.Equal("precision=0.50 recall=1.00 f1=0.67 date_exact=1.00 duplicates=1", report.Line);
    }

    [Fact]
    public void A_happening_three_articles_report_is_under_sourced_when_its_event_cites_two_of_them()
    {
        var meeting = G("2023-10-19", "meeting", ["Sergey Lavrov", "Kim Jong Un"]);
        var gold = new[] { A("a.txt", meeting), A("b.txt", meeting), A("c.txt", meeting) };
        SystemEvent Cites(params string[] files) =>
            new("1", "meeting", "2023-10-19", ["Sergey Lavrov", "Kim Jong Un"], ["RU", "KP"], "m", [.. files.Select(f => (f, "s"))]);

        var full = Scorer.Score(gold, [Cites("a.txt", "b.txt", "c.txt")], Nowhere);
        var partial = Scorer.Score(gold, [Cites("a.txt", "c.txt")], Nowhere);

        Assert.Equal(3, Assert.Single(full.MultiSource).Cited);
        Assert.Empty(full.UnderSourced);
        Assert.Equal(2, Assert.Single(partial.UnderSourced).Cited);
    }

    [Fact]
    public void Matching_prefers_exact_dates_and_counts_inexact_ones()
    {
        var gold = new[] { A("a.txt", G("2023-09", "meeting", ["Vladimir Putin", "Kim Jong Un"]), G("2023-10-19", "meeting", ["Sergey Lavrov", "Kim Jong Un"])) };
        var report = Scorer.Score(gold, [S("1", "meeting", "2023-09-13", ["Vladimir Putin"]), S("2", "meeting", "2023-10-19", ["Kim Jong Un", "Sergey Lavrov"])], Nowhere);
        Assert.Equal(2, report.Matches.Count);
        Assert.Equal(0.5, report.DateExact, 3);
    }

    [Fact]
    public void Same_day_events_sharing_a_person_are_matched_to_the_gold_events_whose_actors_they_all_name()
    {
        var gold = new[] { A("a.txt", G("2023-10-19", "meeting", ["Sergey Lavrov", "Kim Jong Un"]), G("2023-10-19", "meeting", ["Sergey Lavrov", "Choe Son Hui"])) };
        // Either event matches either gold event (half the actors); in this order a first-come matching swaps them.
        var report = Scorer.Score(gold, [S("kim", "meeting", "2023-10-19", ["Sergey Lavrov", "Kim Jong Un"]), S("choe", "meeting", "2023-10-19", ["Sergey Lavrov", "Choe Son Hui"])], Nowhere);
        Assert.Equal(2, report.Matches.Count);
        Assert.All(report.Matches, m => Assert.Contains(m.Gold.Head.Actors[1], m.System.Actors));
    }

    [Fact]
    public void Evidence_from_an_off_topic_region_is_a_false_positive_even_if_it_matches()
    {
        var gold = new[] { A("a.txt", G("2023-10-18", "visit", ["Sergey Lavrov"])) };
        var report = Scorer.Score(gold, [S("1", "visit", "2023-10-18", ["Sergey Lavrov"], sentence: "glued")], (_, sentence) => sentence == "glued");
        Assert.Empty(report.Matches);
        Assert.Single(report.OffTopic);
        Assert.Single(report.FalsePositives);
        Assert.Equal(0, report.Recall);
    }

    [Fact]
    public void Off_topic_regions_come_from_the_gold_markers()
    {
        var gold = new[] { new GoldArticle { File = "a.txt", Published = "2023-10-19", OffTopicTailStartsWith = "إقرأ أيضاً:", OffTopicHeadEndsBefore = "العنوان" } };
        const string text = "ذات صلة\nخبر آخر\nالعنوان\nالقصة هنا.\nإقرأ أيضاً:\nخبر ملصق.";
        var regions = new OffTopicRegions(gold, _ => text);
        Assert.True(regions.IsOffTopic("a.txt", "خبر آخر"));
        Assert.False(regions.IsOffTopic("a.txt", "القصة هنا."));
        Assert.True(regions.IsOffTopic("a.txt", "خبر ملصق."));
    }
}
