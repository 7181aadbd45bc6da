using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Events;

/// <summary>A third party placing North Korea's troops or arms with Russia accuses, with or without an accusing verb; sentences written for these tests.</summary>
public class ThirdPartyClaimTests
{
    [Theory]
    [InlineData("The Pentagon said on Thursday that thousands of North Korean soldiers were training at camps in eastern Russia.", "Pentagon")]
    [InlineData("NATO said on Monday that North Korean units were now positioned near the front in Russia's Kursk region.", "NATO")]
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
}
