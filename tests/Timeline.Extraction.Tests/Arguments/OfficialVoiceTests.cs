using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Arguments;

/// <summary>
/// North Korea's official agency speaking in its own words is the government's statement, while outlets that carry the
/// news of others make none; sentences written for these tests.
/// </summary>
public class OfficialVoiceTests
{
    [Theory]
    [InlineData("KCNA said the talks had shown how firm the friendship between Pyongyang and Moscow had become.")]
    [InlineData("Pyongyang's official news agency said relations with Russia were entering a new stage.")]
    [InlineData("قالت وكالة الأنباء المركزية الكورية إن العلاقات بين بيونغ يانغ وموسكو تشهد مرحلة جديدة.")]
    public void North_Koreas_official_agency_judging_the_ties_makes_a_statement(string text)
    {
        var statement = Assert.Single(Stories.Extract(text, "2024-06-21"));
        Assert.Equal(EventTypes.Statement, statement.Type);
        Assert.Equal("KCNA", statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Theory]
    [InlineData("Putin landed in Pyongyang on Wednesday, KCNA reported.\nThe agency described the partnership between Moscow and Pyongyang as an engine of a fairer world.")]
    [InlineData("وصل بوتين إلى بيونغ يانغ الأربعاء، بحسب وكالة الأنباء المركزية الكورية.\nوتابعت الوكالة أن الشراكة بين موسكو وبيونغ يانغ ستبني عالما أكثر عدلا.")]
    public void The_agency_referred_to_after_KCNA_was_named_is_KCNA(string text)
    {
        var events = Stories.Extract(text, "2024-06-20");
        var statement = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal("KCNA", statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal("2024-06-19", statement.Date?.Value);
    }

    [Theory]
    [InlineData("Putin landed in Pyongyang on Wednesday, Reuters reported.\nThe agency described the partnership between Moscow and Pyongyang as an engine of a fairer world.")]
    [InlineData("Reuters said the talks had shown how firm the friendship between Pyongyang and Moscow had become.")]
    public void Other_outlets_carry_the_news_and_make_no_statement(string text)
    {
        Assert.DoesNotContain(Stories.Extract(text, "2024-06-20"), e => e.Type == EventTypes.Statement);
    }

    [Theory]
    [InlineData("Kim stressed that his country's ties with Russia would only grow stronger, KCNA said.", "Kim Jong Un")]
    [InlineData("أكد كيم جونغ أون أن العلاقات مع روسيا ستزداد قوة، وفق ما ذكرت وكالة الأنباء المركزية الكورية.", "Kim Jong Un")]
    public void The_agency_carrying_a_leaders_words_leaves_them_his(string text, string speaker)
    {
        var statement = Assert.Single(Stories.Extract(text, "2024-06-20"));
        Assert.Equal(speaker, statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Theory]
    [InlineData("KCNA said Kim received Shoigu in Pyongyang on Tuesday.", EventTypes.Meeting)]
    [InlineData("ذكرت وكالة الأنباء المركزية الكورية أن هذه الزيارة ستكون الأولى لبوتين إلى كوريا الشمالية منذ 24 عاما.", null)]
    [InlineData("According to the agency, the delegation of Russia's Far East held talks with North Korea's trade minister.\nKCNA added that working groups from each side signed an agreement on trade.", EventTypes.Agreement)]
    public void The_agency_telling_a_visit_talks_or_a_signing_only_carries_the_news(string text, string? told)
    {
        var events = Stories.Extract(text, "2024-06-20");
        Assert.DoesNotContain(events, e => e.Participants.Any(p => p.Name == "KCNA"));
        if (told is not null)
        {
            Assert.Contains(events, e => e.Type == told);
        }
    }

    [Fact]
    public void The_agency_confirming_a_delegations_arrival_is_a_statement_beside_the_visit()
    {
        var events = Stories.Extract("North Korea's official news agency, KCNA, confirmed on Saturday that a Russian delegation led by Shoigu had arrived in Pyongyang.", "2025-03-23");
        Assert.Contains(events, e => e.Type == EventTypes.Visit);
        var statement = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal("KCNA", statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Theory]
    [InlineData("Kim and Shoigu signed the defence treaty in Pyongyang on Friday.\nShoigu said on Saturday that the treaty would stand for decades.", true)]
    [InlineData("أعلنت وكالة الأنباء المركزية الكورية أن معاهدة الشراكة بين روسيا وكوريا الشمالية دخلت حيز التنفيذ.\nوتابعت الوكالة أن الاتفاق سيمنح زخما كبيرا لبناء عالم متعدد الأقطاب.", true)]
    [InlineData("Kim and Shoigu signed the defence treaty in Pyongyang on Friday.\nShoigu said on Saturday that the treaty with Iran would be signed soon.", false)]
    public void One_side_speaking_of_the_treaty_the_article_told_of_speaks_of_the_pair(string text, bool statement)
    {
        var events = Stories.Extract(text, "2025-03-22");
        Assert.Equal(statement, events.Any(e => e.Type == EventTypes.Statement && e.Countries.Contains("RU") && e.Countries.Contains("KP")));
    }
}
