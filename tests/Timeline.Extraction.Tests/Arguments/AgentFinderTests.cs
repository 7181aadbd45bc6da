using Timeline.Contracts;
using Timeline.Extraction.Extraction;
using Timeline.Extraction.Extraction.Arguments;
using Timeline.Extraction.Tests.Extraction;
using Timeline.Lexicon;

namespace Timeline.Extraction.Tests.Arguments;

/// <summary>Who speaks and who acts, called on the participant stage directly.</summary>
public class AgentFinderTests
{
    private static readonly AgentFinder Agents = new(Gazetteer.Default, ExtractionData.Default);

    [Theory]
    [InlineData("Sergey Lavrov said the talks had gone well.", "said", "Sergey Lavrov")]
    [InlineData("قال سيرغي لافروف إن المحادثات كانت مثمرة.", "قال", "Sergey Lavrov")]
    [InlineData("The talks went well, Sergey Lavrov said.", "said", "Sergey Lavrov")]
    // Never a name inside what is said.
    [InlineData("The ministry said that Sergey Lavrov would travel.", "said", null)]
    // An attribution's source follows it; the name just before it is what was said.
    [InlineData("Choe Son Hui will visit Russia, according to officials in Seoul.", "according", "Seoul")]
    // An Arabic verb followed by the office or outlet that speaks: not the name closing the clause before it.
    [InlineData("أكدت كوريا الشمالية أنها أرسلت قوات إلى روسيا، حسبما أفادت وكالة الأنباء الرسمية.", "افادت", null)]
    // A state speaks with its allies, past the verb's auxiliary; the state named after the verb is what was said.
    [InlineData("The United States and its allies have said North Korea sent troops to Russia.", "said", "United States")]
    [InlineData("Washington and its partners have also said Pyongyang shipped shells to Moscow.", "said", "Washington")]
    public void The_speaker_is_named_beside_the_reporting_verb(string text, string verb, string? speaker)
    {
        var s = ParsedSentence.Of(text);
        Assert.Equal(speaker, Agents.FindSpeaker(s.Tokens, s.HitAt(verb), s.People(), null, s.Covered)?.Name);
    }

    [Theory]
    // A participle goes on with the subject of the main clause, not with the name that closes it.
    [InlineData("ورفع كيم جونغ أون نخبا لصحة بوتين، مؤكدا أن البلدين سيقفان معا.", "مؤكدا", "Kim Jong Un")]
    [InlineData("Sergey Lavrov thanked Kim Jong Un for the welcome, adding that the visit had been useful.", "adding", "Sergey Lavrov")]
    // A state can be that subject.
    [InlineData("North Korea defended its ties with Russia on Monday, saying they served peace in the region.", "saying", "North Korea")]
    // Never a name inside what was said before it.
    [InlineData("Sergey Lavrov said that Kim Jong Un would travel soon, adding that no date had been set.", "adding", "Sergey Lavrov")]
    public void A_participle_speaks_for_the_subject_of_its_sentence(string text, string participle, string speaker)
    {
        var s = ParsedSentence.Of(text);
        Assert.Equal(speaker, Agents.FindSpeaker(s.Tokens, s.HitAt(participle), s.People(), null, s.Covered)?.Name);
    }

    [Fact]
    public void A_participle_goes_on_with_the_agent_of_the_event_before_it()
    {
        var s = ParsedSentence.Of("At the Kremlin, Vladimir Putin received Choe Son Hui, saying the two countries were close.");
        var putin = s.People().Single(p => p.Actor.Name == "Vladimir Putin").Actor;
        var previous = new Timeline.Contracts.Participant(putin.Id, putin.Name, Timeline.Contracts.ParticipantRoles.Actor, "RU");
        Assert.Equal("Vladimir Putin", Agents.FindSpeaker(s.Tokens, s.HitAt("saying"), s.People(), previous, s.Covered)?.Name);
    }

    [Theory]
    [InlineData("Sergey Lavrov visited the port city.", "visited", "Sergey Lavrov")]
    [InlineData("زار سيرغي لافروف المدينة الساحلية.", "زار", "Sergey Lavrov")]
    // Who is named after "with" takes part, never acts.
    [InlineData("Talks were held with Sergey Lavrov in the port city.", "talks", null)]
    // A passive verb's agent follows "by", past a title.
    [InlineData("The fishing treaty with North Korea was signed into law by President Vladimir Putin.", "signed", "Vladimir Putin")]
    // A noun in a clause opened by "after" is the doing of the person the sentence opens with, not of the place left.
    [InlineData("Sergey Lavrov left Pyongyang on Sunday after talks with Choe Son Hui.", "talks", "Sergey Lavrov")]
    // A state after «في» / "in" is where it happens: the subject stands before the verb.
    [InlineData("قال الكرملين إن بوتين وكيم جونغ أون قد يعقدان اجتماعا في الصين الأسبوع المقبل.", "اجتماعا", "Kim Jong Un")]
    public void The_agent_is_the_subject_of_the_trigger(string text, string trigger, string? agent)
    {
        var s = ParsedSentence.Of(text);
        var hit = s.HitAt(trigger);
        var found = Agents.FindAgent(s.Tokens, hit, hit.First, s.People(), null, null, s.Covered, speech: false, out var inherited);
        Assert.Equal(agent, found?.Name);
        Assert.False(inherited);
    }

    [Fact]
    public void A_clause_without_a_subject_goes_on_with_the_one_carried()
    {
        var s = ParsedSentence.Of("He later visited the port city.");
        var carried = ParsedSentence.Of("Sergey Lavrov").People()[0].Actor;
        var hit = s.HitAt("visited");
        var found = Agents.FindAgent(s.Tokens, hit, hit.First, s.People(), null, carried, s.Covered, speech: false, out var inherited);
        Assert.Equal("Sergey Lavrov", found?.Name);
        Assert.True(inherited);
    }

    [Theory]
    [InlineData("Kim Jong Un has accepted an invitation to visit Moscow, the Kremlin said.")]
    [InlineData("North Korean leader Kim Jong Un accepted the invitation to visit Russia.")]
    public void Who_accepts_an_invitation_is_invited_not_the_inviter(string text)
    {
        var invitation = Assert.Single(Stories.Extract(text, "2024-11-23"), e => e.Type == EventTypes.Invitation);
        Assert.Equal("Russia", invitation.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(invitation.Participants, p => p.Name == "Kim Jong Un" && p.Role == ParticipantRoles.Counterpart);
    }

    [Fact]
    public void Who_answers_an_arabic_invitation_is_invited_by_the_one_named_after_it()
    {
        var invitation = Assert.Single(Stories.Extract("لبى كيم جونغ أون دعوة من الرئيس الروسي فلاديمير بوتين لزيارة روسيا.", "2024-11-23"), e => e.Type == EventTypes.Invitation);
        Assert.Equal("Vladimir Putin", invitation.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(invitation.Participants, p => p.Name == "Kim Jong Un" && p.Role == ParticipantRoles.Counterpart);
    }
}
