using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Arguments;

/// <summary>A speaker described by its state and office rather than named: the state speaks, and a third state's claim accuses.</summary>
public class DescribedSpeakerTests
{
    private static IReadOnlyList<ExtractedEvent> Run(string text, string published) => Stories.Extract(text, published);

    [Theory]
    [InlineData("South Korean military intelligence officials say North Korea has shipped rockets to Russia.", "KR")]
    [InlineData("Officials in Seoul said on Monday that North Korea had sent engineers to Russia.", "KR")]
    [InlineData("Intelligence officials in Kyiv believe Russia fired North Korean missiles at Kharkiv.", "UA")]
    [InlineData("The North's troops fought in Kursk alongside Russian forces, Japanese defence officials said.", "JP")]
    public void A_third_state_described_as_speaker_accuses(string text, string accuser)
    {
        var accusation = Assert.Single(Run(text, "2025-02-12"), e => e.Type == EventTypes.Accusation);
        Assert.Equal(accuser, accusation.Participants.Single(p => p.Role == ParticipantRoles.Actor).Country);
        Assert.Contains("KP", accusation.Countries);
        Assert.Contains("RU", accusation.Countries);
    }

    [Theory]
    [InlineData("South Korea's foreign ministry on Tuesday said Moscow must end its military cooperation with Pyongyang.")]
    [InlineData("South Korea's unification ministry said Pyongyang had shipped more shells to Russia.")]
    public void A_state_named_after_an_english_verb_that_does_not_open_its_clause_is_what_is_said_not_the_speaker(string text)
    {
        var accusation = Assert.Single(Run(text, "2025-04-30"), e => e.Type == EventTypes.Accusation);

        Assert.Equal("KR", accusation.Participants.Single(p => p.Role == ParticipantRoles.Actor).Country);
    }

    [Fact]
    public void The_north_in_a_korean_story_is_north_korea()
    {
        var events = Run("Seoul's spy agency said on Tuesday that the North had sent more troops to Russia.", "2025-02-12");
        var accusation = Assert.Single(events, e => e.Type == EventTypes.Accusation);
        Assert.Contains("KP", accusation.Countries);
        Assert.Equal("2025-02-11", accusation.Date?.Value);
    }

    [Fact]
    public void The_north_as_a_direction_is_no_state()
    {
        var events = Run("Officials in Kyiv said Ukrainian units advanced into the north of the Kursk region, where troops from Russia were dug in.", "2025-02-12");
        Assert.DoesNotContain(events, e => e.Countries.Contains("KP"));
    }

    [Fact]
    public void The_north_inside_a_longer_title_leaves_the_title_whole()
    {
        var meeting = Assert.Single(Run("Putin met the North Korean leader in Vostochny on Wednesday.", "2023-09-14"), e => e.Type == EventTypes.Meeting);
        Assert.Contains(meeting.Participants, p => p.Name == "Kim Jong Un");
    }
}
