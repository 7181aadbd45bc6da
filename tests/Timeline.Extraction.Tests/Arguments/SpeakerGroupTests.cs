using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Arguments;

/// <summary>Several states making one claim, or a state speaking with others it leaves unnamed; sentences written for these tests.</summary>
public class SpeakerGroupTests
{
    [Theory]
    [InlineData("Washington and its allies believe that Pyongyang sells shells to Moscow.", "US")]
    [InlineData("Tokyo and others say that North Korea supplies missiles to Russia.", "JP")]
    [InlineData("Kyiv and its partners believe North Korea ships rockets to Russia.", "UA")]
    public void A_state_speaking_with_unnamed_others_accuses(string text, string accuser)
    {
        var accusation = Assert.Single(Stories.Extract(text, "2025-03-12"), e => e.Type == EventTypes.Accusation);

        Assert.Equal(accuser, accusation.Participants.Single(p => p.Role == ParticipantRoles.Actor).Country);
        Assert.Contains("KP", accusation.Countries);
    }

    [Theory]
    [InlineData("Tokyo, Seoul and others believe that Pyongyang sells shells to Moscow.", "JP", "KR")]
    [InlineData("Seoul, Washington and Kyiv say North Korea has shipped artillery shells to Russia.", "KR", "US")]
    public void Every_state_listed_as_claimant_is_in_the_accusation(string text, string first, string second)
    {
        var accusation = Assert.Single(Stories.Extract(text, "2025-03-12"), e => e.Type == EventTypes.Accusation);

        Assert.Contains(first, accusation.Countries);
        Assert.Contains(second, accusation.Countries);
    }

    [Theory]
    [InlineData("The United States and Japan accused North Korea on Tuesday of shipping artillery shells to Russia.")]
    [InlineData("اتهمت الولايات المتحدة واليابان الثلاثاء بيونغ يانغ بتزويد موسكو بقذائف مدفعية.")]
    [InlineData("اتهمت الولايات المتحدة واليابان بيونغ يانغ بتزويد موسكو بقذائف مدفعية.")]
    public void States_accusing_together_are_all_accusers_not_accused(string text)
    {
        var accusation = Assert.Single(Stories.Extract(text, "2024-02-28"), e => e.Type == EventTypes.Accusation);

        Assert.Equal(["Japan", "United States"], accusation.Participants.Where(p => p.Role == ParticipantRoles.Actor).Select(p => p.Name).Order());
    }

    [Fact]
    public void Both_states_after_according_to_are_claimants_not_places()
    {
        var accusation = Assert.Single(Stories.Extract("According to Seoul and Washington, there is evidence that Pyongyang has shipped millions of shells to Russia.", "2023-11-15"), e => e.Type == EventTypes.Accusation);

        Assert.Contains("KR", accusation.Countries);
        Assert.Contains("US", accusation.Countries);
    }

    [Theory]
    [InlineData("يتهم الغرب بيونغ يانغ وموسكو بالتعاون العسكري لدعم الحرب على أوكرانيا.", "the West")]
    [InlineData("اتهمت اليابان، الثلاثاء، روسيا وكوريا الشمالية بتبادل الأسلحة والتكنولوجيا.", "Japan")]
    public void States_named_together_after_the_accuser_are_the_accused(string text, string accuser)
    {
        var accusation = Assert.Single(Stories.Extract(text, "2024-01-20"), e => e.Type == EventTypes.Accusation);

        Assert.Equal(accuser, Assert.Single(accusation.Participants, p => p.Role == ParticipantRoles.Actor).Name);
    }
}
