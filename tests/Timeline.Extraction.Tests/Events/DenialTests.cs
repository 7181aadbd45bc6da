using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Events;

/// <summary>Russia and North Korea denying the claims about troops and arms make a statement; sentences written for these tests.</summary>
public class DenialTests
{
    [Theory]
    [InlineData("Western governments accuse Pyongyang of shipping artillery rounds to Moscow, which both governments deny.")]
    [InlineData("Moscow and Pyongyang deny the accusations.")]
    public void Denying_the_claims_is_a_statement_of_the_two_states(string text)
    {
        var events = Stories.Extract(text, "2024-09-20");

        var denial = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal("denial", denial.Subtype);
        Assert.Contains("RU", denial.Countries);
        Assert.Contains("KP", denial.Countries);
    }

    [Theory]
    [InlineData("Moscow and Pyongyang deny the accusations.")]
    [InlineData("The two capitals, Moscow and Pyongyang, have rejected the charges.")]
    public void The_charges_denied_are_no_accusation(string text)
    {
        var events = Stories.Extract(text, "2024-09-20");

        Assert.DoesNotContain(events, e => e.Type == EventTypes.Accusation);
    }

    [Fact]
    public void Not_denying_leaves_what_the_speaker_goes_on_to_say()
    {
        var events = Stories.Extract("Speaking in Kazan on Thursday, Vladimir Putin did not deny the reports about North Korea, saying that what Russia does with its partners is its own business.", "2024-10-26");

        var statement = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal("2024-10-24", statement.Date!.Value);
        Assert.NotEqual("denial", statement.Subtype);
    }

    [Fact]
    public void What_a_party_denies_is_told_by_its_denial_not_as_a_denied_event()
    {
        var events = Stories.Extract("North Korea on Tuesday denied US accusations that it had supplied Russia with artillery shells for its war in Ukraine.", "2023-09-12");
        var denial = Assert.Single(events);
        Assert.Equal(EventTypes.Statement, denial.Type);
        Assert.Equal("North Korea", denial.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Fact]
    public void A_charge_a_party_denies_is_no_accusation_made_that_day()
    {
        var events = Stories.Extract("نفت كوريا الشمالية، اليوم الثلاثاء، الاتهامات الأمريكية بتزويد روسيا بالأسلحة.", "2023-09-12");
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Accusation);
    }
}
