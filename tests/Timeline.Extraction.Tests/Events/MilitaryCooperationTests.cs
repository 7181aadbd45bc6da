using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Events;

/// <summary>
/// North Korea's troops and arms for Russia told by the article itself, and a third party's claim about them; sentences
/// written for these tests.
/// </summary>
public class MilitaryCooperationTests
{
    [Theory]
    // "حارب", a unit sent to clear mines, "joined the operations": ways outlets tell the troops' part.
    [InlineData("وحارب الجنود الكوريون الشماليون إلى جانب القوات الروسية في كورسك.", "2025-07-14")]
    [InlineData("ذكرت وسائل إعلام رسمية أن عشرة عسكريين من وحدة هندسية كورية شمالية، أرسلت إلى كورسك الروسية لإزالة الألغام، لقوا حتفهم.", "2025-12-13")]
    [InlineData("North Korean army units joined the operations to drive Ukrainian troops out of Russia's Kursk region.", "2025-04-29")]
    // The sender named in the clause before, its subject dropped after «إذ».
    [InlineData("وتزامن ذلك مع انخراط بيونغ يانغ في الحرب، إذ أرسلت آلاف الجنود للقتال إلى جانب القوات الروسية.", "2024-12-04")]
    [InlineData("وتزامن ذلك مع انخراط متنام لبيونغ يانغ في الحرب، إذ أرسلت آلاف الجنود للقتال إلى جانب القوات الروسية.", "2024-12-04")]
    // Told only by a year gone by, the troops are the report's background, in its month.
    [InlineData("Last year, Pyongyang sent thousands of troops to Russia to help retake the Kursk region.", "2025-10-27")]
    [InlineData("وفي العام الماضي، أرسلت بيونغ يانغ آلاف الجنود إلى روسيا للمساعدة في استعادة كورسك.", "2025-10-27")]
    public void The_article_telling_of_the_troops_is_military_cooperation_in_the_publication_month(string text, string published)
    {
        var events = Stories.Extract(text, published);

        var cooperation = Assert.Single(events, e => e.Type == EventTypes.MilitaryCooperation);
        Assert.Contains("RU", cooperation.Countries);
        Assert.Contains("KP", cooperation.Countries);
        Assert.Equal(published[..7], cooperation.Date!.Value);
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Accusation);
    }

    [Fact]
    public void The_state_an_Arabic_verbal_noun_governs_sends_the_troops_not_the_one_condemning()
    {
        var events = Stories.Extract("ندد وزير الخارجية الأوكراني بإرسال كوريا الشمالية قوات إضافية إلى روسيا.", "2025-09-10");
        var cooperation = Assert.Single(events, e => e.Type == EventTypes.MilitaryCooperation);
        Assert.Equal("North Korea", cooperation.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Theory]
    [InlineData("South Korean intelligence officials say North Korea has sent more than 12,000 soldiers to Russia to fight in Kursk.")]
    [InlineData("قالت الاستخبارات الكورية الجنوبية إن كوريا الشمالية أرسلت أكثر من 12 ألف جندي إلى روسيا للقتال في كورسك.")]
    public void A_third_party_telling_of_troops_the_two_states_had_acknowledged_tells_a_fact_and_a_claim(string text)
    {
        var events = Stories.Extract(text, "2025-09-10");

        Assert.Single(events, e => e.Type == EventTypes.Accusation);
        var cooperation = Assert.Single(events, e => e.Type == EventTypes.MilitaryCooperation);
        Assert.Equal("2025-09", cooperation.Date!.Value);
    }

    [Theory]
    [InlineData("South Korean intelligence officials say North Korea has sent more than 12,000 soldiers to Russia to fight in Kursk.")]
    [InlineData("قالت الاستخبارات الكورية الجنوبية إن كوريا الشمالية أرسلت أكثر من 12 ألف جندي إلى روسيا للقتال في كورسك.")]
    public void Before_the_two_states_acknowledged_the_troops_a_third_party_only_claims_them(string text)
    {
        var events = Stories.Extract(text, "2024-11-10");

        Assert.Single(events, e => e.Type == EventTypes.Accusation);
        Assert.DoesNotContain(events, e => e.Type == EventTypes.MilitaryCooperation);
    }

    [Theory]
    [InlineData("NATO confirmed on Monday that North Korean troops had been deployed to Russia's Kursk region.", true)]
    [InlineData("NATO said on Monday that North Korean troops had been deployed to Russia's Kursk region.", false)]
    public void A_third_party_confirming_the_troops_tells_a_fact_as_well_as_a_claim(string text, bool fact)
    {
        var events = Stories.Extract(text, "2024-10-29");

        Assert.Single(events, e => e.Type == EventTypes.Accusation);
        Assert.Equal(fact, events.Any(e => e.Type == EventTypes.MilitaryCooperation));
    }

    [Theory]
    [InlineData("According to state media, Putin thanked North Korea for helping to free the Kursk region in the war with Ukraine and praised the courage of the soldiers of the Korean People's Army.")]
    public void Thanks_and_praise_for_the_troops_accuse_nobody(string text)
    {
        var events = Stories.Extract(text, "2025-08-13");

        Assert.DoesNotContain(events, e => e.Type == EventTypes.Accusation);
    }

    [Theory]
    [InlineData("Andrei Belousov and No Kwang Chol signed a military cooperation agreement in Moscow on Friday.")]
    [InlineData("وقع وزيرا الدفاع الروسي والكوري الشمالي اتفاقية التعاون العسكري في موسكو يوم الجمعة.")]
    public void Cooperation_that_names_what_an_agreement_is_about_is_the_agreement_alone(string text)
    {
        var events = Stories.Extract(text, "2024-11-30");

        Assert.Single(events, e => e.Type == EventTypes.Agreement);
        Assert.DoesNotContain(events, e => e.Type == EventTypes.MilitaryCooperation);
    }

    [Theory]
    [InlineData("وقال شويغو الثلاثاء إن مشاركة جنود من الجيش الشعبي الكوري في معارك كورسك كانت حاسمة.")]
    [InlineData("وأشاد بيلوسوف الثلاثاء بمشاركة الجنود الكوريين الشماليين في تحرير كورسك.")]
    public void Troops_a_russian_speaks_of_are_sent_by_north_korea_not_by_the_speaker(string text)
    {
        var cooperation = Assert.Single(Stories.Extract(text, "2025-05-01"), e => e.Type == EventTypes.MilitaryCooperation);
        Assert.Equal("KP", cooperation.Participants.Single(p => p.Role == ParticipantRoles.Actor).Country);
    }

    [Fact]
    public void Supplies_named_as_a_noun_tell_no_second_transfer()
    {
        var events = Stories.Extract("Pyongyang has shipped Moscow thousands of containers of military supplies since August 2023.", "2025-05-30");

        var transfer = Assert.Single(events);
        Assert.Equal("KP", transfer.Participants.Single(p => p.Role == ParticipantRoles.Actor).Country);
        Assert.Equal("2023-08", transfer.Date!.Value);
    }

    [Theory]
    [InlineData("Russia has transferred at least two armoured combat vehicles to Pyongyang since last November.")]
    [InlineData("Moscow transferred air defence systems to North Korea in return for the shells.")]
    public void What_Russia_gives_back_is_an_arms_transfer_of_its_own(string text)
    {
        var transfer = Assert.Single(Stories.Extract(text, "2025-05-30"), e => e.Type == EventTypes.MilitaryCooperation);

        Assert.Equal("RU", transfer.Participants.Single(p => p.Role == ParticipantRoles.Actor).Country);
    }
}
