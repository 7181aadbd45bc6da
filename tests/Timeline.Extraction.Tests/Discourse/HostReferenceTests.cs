using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Discourse;

/// <summary>"His host", «مضيفه», "her guest": the person of the other state in a visit between the two.</summary>
public class HostReferenceTests
{
    private static IReadOnlyList<ExtractedEvent> Run(string text, string published) => Stories.Extract(text, published);

    [Theory]
    // The host named earlier in the article.
    [InlineData("وصل بوتين إلى بيونغ يانغ الثلاثاء والتقى كيم جونغ أون. وأهدى بوتين مضيفه سيفا روسيا وطقما للشاي.", "other", "Vladimir Putin", "Kim Jong Un")]
    [InlineData("Kim Jong Un arrived at the cosmodrome on Tuesday. Putin gave his guest a hunting rifle as a gift.", "other", "Vladimir Putin", "Kim Jong Un")]
    // Nobody of the other state named yet: its head of state on the day.
    [InlineData("Lavrov landed in Wonsan on Friday. Lavrov thanked his host for the support of Russia.", "statement", "Sergey Lavrov", "Kim Jong Un")]
    public void A_host_or_guest_is_the_person_of_the_other_state(string text, string type, string actor, string other)
    {
        var e = Assert.Single(Run(text, "2024-06-20"), x => x.Type == type);
        Assert.Equal(actor, e.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(e.Participants, p => p.Name == other);
    }

    [Fact]
    public void The_feminine_participle_that_shares_the_letters_names_nobody()
    {
        // «مضيفة أن» is "she added that", not "his host".
        var events = Run("قالت زاخاروفا إن العلاقات مع الصين متينة، مضيفة أن التعاون سيتعزز.", "2024-06-20");
        Assert.DoesNotContain(events, e => e.Participants.Any(p => p.Name == "Kim Jong Un"));
    }
}
