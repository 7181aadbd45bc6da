using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Events;

/// <summary>
/// How outlets tell a third party accusing Russia and North Korea of military cooperation without naming it again in the
/// sentence; sentences written for these tests.
/// </summary>
public class ThirdPartyAccusationFormsTests
{
    [Theory]
    [InlineData("North Korea admitted on Sunday that its units had fought for Russia in Kursk. Seoul's defence ministry on Monday denounced the admission as proof of a crime.", "South Korea")]
    [InlineData("North Korea admitted on Sunday that its units had fought for Russia in Kursk. Ministry spokesman Jeon Ha-kyu said at a briefing on Monday that Pyongyang had owned up to a criminal act by its acknowledgement.", "Jeon Ha-kyu")]
    [InlineData("اعترفت كوريا الشمالية الأحد بأنها أرسلت قوات للقتال إلى جانب روسيا في كورسك. ونددت وزارة الخارجية الكورية الجنوبية، الاثنين، بهذا الاعتراف، واعتبرته دليلا على جريمة.", "South Korea")]
    public void Condemning_the_cooperation_told_before_accuses_the_pair(string text, string accuser)
    {
        var events = Stories.Extract(text, "2025-04-29");

        var accusation = Assert.Single(events, e => e.Type == EventTypes.Accusation);
        Assert.Equal(accuser, accusation.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(accusation.Participants, p => p.Role == ParticipantRoles.Target && p.Country == "KP");
        Assert.Contains(accusation.Participants, p => p.Role == ParticipantRoles.Target && p.Country == "RU");
        Assert.Equal("2025-04-28", accusation.Date!.Value);
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Statement && e.Participants.Any(p => p.Role == ParticipantRoles.Actor && p.Name == accuser));
    }

    [Fact]
    public void The_deployment_condemned_accuses_the_pair_not_the_body_whose_charter_it_breaks()
    {
        var events = Stories.Extract("North Korea admitted on Sunday that it had sent soldiers to Russia. The government in Seoul condemned the deployment on Monday as a breach of the UN Charter.", "2025-04-29");

        var accusation = Assert.Single(events, e => e.Type == EventTypes.Accusation);
        Assert.Contains(accusation.Participants, p => p.Role == ParticipantRoles.Target && p.Country == "KP");
        Assert.Contains(accusation.Participants, p => p.Role == ParticipantRoles.Target && p.Country == "RU");
    }

    [Theory]
    // Nothing of the pair's cooperation was told before: what is condemned is something else.
    [InlineData("North Korea fired two ballistic missiles into the sea on Sunday. Seoul's defence ministry on Monday denounced the launch as a provocation.")]
    // The cooperation was told, but the condemnation is of another deed.
    [InlineData("North Korea admitted on Sunday that its units had fought for Russia in Kursk. Seoul's defence ministry on Monday denounced the missile launch as a provocation.")]
    public void Condemning_something_else_accuses_nobody(string text)
    {
        Assert.DoesNotContain(Stories.Extract(text, "2025-04-29"), e => e.Type == EventTypes.Accusation);
    }

    [Fact]
    public void Remains_of_a_strike_traced_to_a_north_korean_missile_are_arms_russia_used_on_the_day_of_the_strike()
    {
        var events = Stories.Extract("Parts of the missile that fell on Odesa on 6 January came from a North Korean KN-23.", "2024-02-01");

        var transfer = Assert.Single(events);
        Assert.Equal(EventTypes.MilitaryCooperation, transfer.Type);
        Assert.Equal("North Korea", transfer.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(transfer.Participants, p => p.Country == "RU");
        Assert.Equal("2024-01-06", transfer.Date!.Value);
    }

    [Theory]
    [InlineData("Ukraine's prosecutor general said on Tuesday that debris found after the attack on Zaporizhzhia belonged to a North Korean missile.", "Ukraine", "2024-01-09")]
    [InlineData("قال محققون في خاركيف، الثلاثاء، إن شظايا الصاروخ الذي سقط على المدينة تعود إلى صاروخ كوري شمالي.", "Ukraine", "2024-01-09")]
    // The day of the claim, not that of the strike the remains come from.
    [InlineData("UN sanctions monitors informed the Security Council on Tuesday that remnants of a missile that landed in Kharkiv on 2 January derive from a North Korean missile.", "United Nations", "2024-01-09")]
    public void A_third_party_tracing_the_remains_to_north_korea_accuses_the_pair(string text, string accuser, string day)
    {
        var events = Stories.Extract(text, "2024-01-10");

        var accusation = Assert.Single(events);
        Assert.Equal(EventTypes.Accusation, accusation.Type);
        Assert.Equal(accuser, accusation.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(accusation.Participants, p => p.Role == ParticipantRoles.Target && p.Country == "KP");
        Assert.Contains(accusation.Participants, p => p.Role == ParticipantRoles.Target && p.Country == "RU");
        Assert.Equal(day, accusation.Date!.Value);
    }

    [Theory]
    [InlineData("Ukrainian officials said the debris came from a Russian Iskander missile.")]
    [InlineData("Fragments found in Kharkiv on Monday belonged to a drone, the governor said.")]
    public void Remains_of_other_arms_tell_no_cooperation(string text)
    {
        Assert.DoesNotContain(Stories.Extract(text, "2024-01-10"), e => e.Type is EventTypes.MilitaryCooperation or EventTypes.Accusation);
    }

    [Theory]
    [InlineData("In a joint statement on Tuesday, the foreign ministers of Japan, South Korea and the United States condemned Russia's procurement of North Korean ballistic missiles.")]
    [InlineData("Japan, South Korea and the United States said in a joint statement that they condemned the export of North Korean missiles to Russia.")]
    [InlineData("South Korea, Japan and the United States on Tuesday jointly condemned Russia's purchase of missiles from Pyongyang.")]
    public void Ministers_of_several_states_condemning_the_missile_trade_together_accuse_it_with_every_state_named(string text)
    {
        var accusation = Assert.Single(Stories.Extract(text, "2024-01-10"));

        Assert.Equal(EventTypes.Accusation, accusation.Type);
        var accusers = accusation.Participants.Where(p => p.Role == ParticipantRoles.Actor).Select(p => p.Country).ToHashSet();
        Assert.Equal(["JP", "KR", "US"], accusers.Order());
        Assert.Contains(accusation.Participants, p => p.Role == ParticipantRoles.Target && p.Country == "KP");
        Assert.Contains(accusation.Participants, p => p.Role == ParticipantRoles.Target && p.Country == "RU");
    }

    [Fact]
    public void Unnamed_states_condemning_the_missile_trade_accuse_it_and_the_one_condemned_is_no_speaker()
    {
        var events = Stories.Extract("The ministers of 40 countries condemned Pyongyang's exports of missiles to Moscow.", "2024-01-10");

        var accusation = Assert.Single(events);
        Assert.Equal(EventTypes.Accusation, accusation.Type);
        Assert.DoesNotContain(accusation.Participants, p => p.Role == ParticipantRoles.Actor);
    }

    [Theory]
    [InlineData("Tokyo and Washington are watching the growing ties between Pyongyang and Moscow with concern. The two capitals believe Russia is providing North Korea with technology for its ballistic missiles.")]
    [InlineData("تتابع طوكيو وواشنطن بقلق تنامي العلاقات بين بيونغ يانغ وموسكو. وتعتقد العاصمتان أن روسيا تمد كوريا الشمالية بتقنيات لصواريخها الباليستية.")]
    public void The_two_capitals_named_before_are_the_ones_accusing(string text)
    {
        var accusation = Assert.Single(Stories.Extract(text, "2025-06-02"), e => e.Type == EventTypes.Accusation);

        var accusers = accusation.Participants.Where(p => p.Role == ParticipantRoles.Actor).Select(p => p.Country).ToHashSet();
        Assert.Equal(["JP", "US"], accusers.Order());
        Assert.Contains(accusation.Participants, p => p.Role == ParticipantRoles.Target && p.Country == "RU");
    }

    [Fact]
    public void The_two_capitals_saying_nothing_of_arms_accuse_nobody()
    {
        var events = Stories.Extract("تتابع طوكيو وواشنطن بقلق تنامي العلاقات بين بيونغ يانغ وموسكو. وتقول العاصمتان إن التبادل التجاري يتوسع.", "2025-06-02");
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Accusation);
    }

    [Theory]
    [InlineData("Researchers say Pyongyang has been shipping rockets and artillery shells to Moscow for months.")]
    [InlineData("ويعتقد خبراء أن بيونغ يانغ تشحن قذائف مدفعية إلى موسكو منذ أشهر.")]
    public void Analysts_or_experts_telling_of_arms_for_russia_accuse_though_no_state_speaks(string text)
    {
        var events = Stories.Extract(text, "2024-09-20");

        var accusation = Assert.Single(events);
        Assert.Equal(EventTypes.Accusation, accusation.Type);
        Assert.DoesNotContain(accusation.Participants, p => p.Role == ParticipantRoles.Actor);
        Assert.Contains(accusation.Participants, p => p.Role == ParticipantRoles.Target && p.Country == "KP");
    }

    [Fact]
    public void Analysts_telling_of_trade_accuse_nobody()
    {
        Assert.Empty(Stories.Extract("Researchers say Pyongyang and Moscow are widening trade and tourism.", "2024-09-20"));
    }
}
