using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Events;

/// <summary>A third party placing North Korea's troops or arms with Russia accuses, with or without an accusing verb; sentences written for these tests.</summary>
public class ThirdPartyClaimTests
{
    [Theory]
    [InlineData("The Pentagon said on Thursday that thousands of North Korean soldiers were training at camps in eastern Russia.", "Pentagon")]
    [InlineData("The United States claims North Korea has sent thousands of troops to Russia.", "United States")]
    [InlineData("NATO said on Monday that North Korean units were now positioned near the front in Russia's Kursk region.", "NATO")]
    // A word of a name is no cue: "Won" in "Shin Won-sik" is not the "won" of "won't".
    [InlineData("South Korea's national security adviser Shin Won-sik said on Friday that North Korean troops were fighting in Russia.", "Shin Won-sik")]
    [InlineData("قال وزير الدفاع الأمريكي لويد أوستن، الأربعاء، إن لدى بلاده أدلة على وجود قوات كورية شمالية في روسيا.", "Lloyd Austin")]
    [InlineData("أكد الرئيس الأوكراني فولوديمير زيلينسكي، الجمعة، أن آلاف الجنود الكوريين الشماليين يقاتلون في صفوف الجيش الروسي.", "Volodymyr Zelensky")]
    public void A_third_party_placing_North_Korean_troops_with_Russia_is_an_accusation(string text, string claimant)
    {
        var events = Stories.Extract(text, "2024-10-25");
        var accusation = Assert.Single(events, e => e.Type == EventTypes.Accusation);
        Assert.Contains(accusation.Participants, p => p.Role == ParticipantRoles.Actor && p.Name == claimant);
        Assert.Contains("KP", accusation.Countries);
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Statement);
    }

    [Theory]
    [InlineData("Ukraine's prosecutor general's office received new evidence that Russian troops had launched North Korean missiles at Kharkiv.")]
    [InlineData("Ukrainian investigators found evidence that Russia fired a North Korean ballistic missile at Zaporizhzhia.")]
    public void Evidence_a_third_party_holds_of_North_Korean_arms_used_by_Russia_is_an_accusation_not_a_meeting(string text)
    {
        var events = Stories.Extract(text, "2024-02-20");
        var accusation = Assert.Single(events);
        Assert.Equal(EventTypes.Accusation, accusation.Type);
        Assert.Equal("Ukraine", accusation.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Theory]
    [InlineData("A State Department spokesman said on Tuesday that there might be North Korean soldiers in Russia.")]
    [InlineData("قال متحدث باسم الخارجية الأمريكية، الثلاثاء، إنه من الممكن أن يكون هناك جنود كوريون شماليون في روسيا.")]
    public void A_claim_about_what_might_happen_accuses_nobody(string text)
    {
        var events = Stories.Extract(text, "2023-09-06");
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Accusation);
        Assert.Contains(events, e => e.Type == EventTypes.Statement);
    }

    [Fact]
    public void Moscow_speaking_of_North_Korean_troops_is_no_accusation()
    {
        var events = Stories.Extract("Kremlin spokesman Dmitry Peskov said on Friday that the North Korean troops in Kursk had fought bravely alongside Russian forces.", "2025-04-26");
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Accusation);
    }

    [Theory]
    [InlineData("South Korea's defence ministry spokesman Jeon Ha-kyu on Monday denounced North Korea's troop deployment to Russia as a criminal act.", "Jeon Ha-kyu")]
    [InlineData("قال وزير الدفاع في كوريا الجنوبية، آن غيو باك، اليوم الاثنين، إن بيونغ يانغ تلقت على الأرجح مساعدة تقنية روسية لتطوير غواصاتها.", "Ahn Gyu-back")]
    public void A_third_party_condemning_the_deployment_or_naming_Russian_know_how_accuses(string text, string claimant)
    {
        var events = Stories.Extract(text, "2025-10-14");
        var accusation = Assert.Single(events, e => e.Type == EventTypes.Accusation);
        Assert.Contains(accusation.Participants, p => p.Role == ParticipantRoles.Actor && p.Name == claimant);
        Assert.Contains("RU", accusation.Countries);
    }

    [Theory]
    [InlineData("Russian Foreign Minister Sergey Lavrov accused Washington on Thursday of building up military infrastructure around North Korea.")]
    [InlineData("اتهمت كوريا الشمالية، الخميس، الولايات المتحدة بعرقلة التعاون بين بيونغ يانغ وموسكو.")]
    public void One_side_of_the_pair_blaming_others_makes_a_statement_not_an_accusation(string text)
    {
        var events = Stories.Extract(text, "2023-10-20");
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Accusation);
        Assert.Contains(events, e => e.Type == EventTypes.Statement && e.Subtype == "condemnation");
    }

    [Fact]
    public void Firms_accused_of_helping_are_not_the_accuser()
    {
        var events = Stories.Extract("Separately, Washington on Thursday imposed sanctions on two Russian firms accused of helping move arms between Russia and North Korea.", "2024-05-17");
        Assert.All(events.Where(e => e.Type == EventTypes.Accusation), a => Assert.Contains(a.Participants, p => p.Role == ParticipantRoles.Actor && p.Name == "United States"));
        Assert.DoesNotContain(events, e => e.Participants.Any(p => p.Role == ParticipantRoles.Actor && p.Name == "Russia"));
    }

    [Fact]
    public void Arms_said_to_have_been_bought_accuse_nobody_in_the_sentence()
    {
        var events = Stories.Extract("وأوضح السفير الروسي في بيونغ يانغ، ألكسندر ماتسيغورا، الأحد، أن واشنطن تثير قضية الأسلحة التي يزعم أن روسيا اشترتها من كوريا الشمالية.", "2024-02-12");
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Accusation);
        var statement = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Contains(statement.Participants, p => p.Role == ParticipantRoles.Actor && p.Name == "Alexander Matsegora");
    }

    [Fact]
    public void Sanctions_imposed_are_kept_apart_from_the_charge_told_before_them()
    {
        var events = Stories.Extract("Washington and Seoul have charged that Pyongyang sent arms to Russia for its war on Ukraine. Separately, Washington on Thursday imposed new sanctions on two Russian firms accused of helping move arms between Russia and North Korea.", "2024-05-17");
        var accusations = events.Where(e => e.Type == EventTypes.Accusation).ToList();
        Assert.Equal(2, accusations.Count);
        Assert.Contains(accusations, a => a.Subtype == "sanctions" && a.Date?.Value == "2024-05-16");
        Assert.Contains(accusations, a => a.Subtype is null && a.Date?.Value == "2024-05");
    }

    [Theory]
    [InlineData("Investigators in Ukraine say debris of North Korean missiles has been found where Russian strikes landed. On Thursday, Ukraine's President Volodymyr Zelensky said 10,000 North Korean soldiers had been sent to Russia.")]
    [InlineData("تقول أوكرانيا إن شظايا صواريخ كورية شمالية عثر عليها في مواقع ضربات روسية. وأكد الرئيس الأوكراني فولوديمير زيلينسكي، الخميس، أن آلاف الجنود الكوريين الشماليين يقاتلون في صفوف الجيش الروسي.")]
    public void A_claim_made_on_a_day_of_its_own_stays_apart_from_the_undated_charge_before_it(string text)
    {
        var accusations = Stories.Extract(text, "2024-11-11").Where(e => e.Type == EventTypes.Accusation).ToList();
        Assert.Equal(2, accusations.Count);
        Assert.Contains(accusations, a => a.Date?.Value == "2024-11-07" && a.Participants.Any(p => p.Role == ParticipantRoles.Actor && p.Name == "Volodymyr Zelensky"));
        Assert.Contains(accusations, a => a.Date?.Value == "2024-11" && a.Participants.All(p => p.Name != "Volodymyr Zelensky"));
    }

    [Theory]
    [InlineData("North Korea, which Washington accuses of shipping shells to Russia, holds vast stocks of Soviet-era arms.")]
    [InlineData("وتملك كوريا الشمالية التي سبق واتهمتها واشنطن بتزويد روسيا بالقذائف مخزونا كبيرا من الأسلحة.")]
    public void An_undated_charge_describing_the_accused_in_a_relative_clause_is_no_event(string text)
    {
        Assert.DoesNotContain(Stories.Extract(text, "2023-10-19"), e => e.Type == EventTypes.Accusation);
    }

    [Fact]
    public void A_report_by_the_sanctions_monitoring_team_accuses()
    {
        var events = Stories.Extract("North Korea has sent Russia millions of artillery shells, according to the latest report by the Multilateral Sanctions Monitoring Team released on Thursday.", "2025-05-30");

        var accusation = Assert.Single(events, e => e.Type == EventTypes.Accusation);
        Assert.Equal("Multilateral Sanctions Monitoring Team", accusation.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal("2025-05-29", accusation.Date!.Value);
    }

    [Theory]
    [InlineData("Ukraine's forces captured two North Korean soldiers fighting for Russia in Kursk, Zelensky said on Saturday.", "UA")]
    [InlineData("Japan's foreign minister said on Wednesday that Tokyo was alarmed by the transfer of North Korean missiles to Russia.", "JP")]
    public void The_accuser_s_own_state_is_not_accused(string text, string accuser)
    {
        var accusation = Assert.Single(Stories.Extract(text, "2025-01-11"), e => e.Type == EventTypes.Accusation);

        Assert.DoesNotContain(accusation.Participants, p => p.Role == ParticipantRoles.Target && p.Country == accuser);
        Assert.Contains(accusation.Participants, p => p.Role == ParticipantRoles.Target && p.Country == "KP");
    }

    [Theory]
    [InlineData("أرسلت كوريا الشمالية آلاف الجنود إلى روسيا العام الماضي. وقال النائب لي سيونغ-كوين أمام الصحفيين: \"تخطت خسائر القوات الكورية الشمالية 3 آلاف بين قتيل وجريح\".")]
    [InlineData("North Korea sent thousands of troops to Russia last year. Lee Seong-kweun told reporters that North Korean soldiers had suffered 3,000 casualties.")]
    public void A_third_party_speaking_of_north_korean_forces_after_their_deployment_was_told_is_accusing(string text)
    {
        var accusation = Assert.Single(Stories.Extract(text, "2025-01-13"), e => e.Type == EventTypes.Accusation);
        Assert.Equal("Lee Seong-kweun", accusation.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Fact]
    public void A_third_party_speaking_of_its_own_troops_is_not_accusing()
    {
        var events = Stories.Extract("North Korea sent thousands of troops to Russia last year. South Korea's defence ministry said Seoul was moving more troops to the border.", "2025-01-13");
        Assert.DoesNotContain(events, e => e.Type is EventTypes.Accusation or EventTypes.Statement);
    }

    [Fact]
    public void Servicemen_from_the_north_killed_in_moscows_war_are_north_korean_troops_a_third_party_tells_of()
    {
        var events = Stories.Extract("وأوضح نائب في البرلمان الكوري الجنوبي اليوم أن نحو 300 عسكري من الشمال لقوا حتفهم خلال مشاركتهم في حرب موسكو على كييف.", "2025-01-13");
        var accusation = Assert.Single(events, e => e.Type == EventTypes.Accusation);
        Assert.Contains("KP", accusation.Countries);
        Assert.Contains("RU", accusation.Countries);
    }
}
