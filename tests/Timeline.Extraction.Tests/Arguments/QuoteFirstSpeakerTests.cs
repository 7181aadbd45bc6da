using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Arguments;

/// <summary>
/// English wire copy opens with the quotation and names the speaker after it (`"…," he said`, `"…," Kim was quoted as
/// saying`): a party named inside the quotation is what is said, never the speaker. Sentences written for these tests.
/// </summary>
public class QuoteFirstSpeakerTests
{
    [Theory]
    [InlineData("Kim Jong Un held talks with Putin in Pyongyang. \"Our army will always stand beside Russia,\" he said.")]
    [InlineData("Kim Jong Un held talks with Putin in Pyongyang. \"Nothing can break the bond with Russia\", he told the guests.")]
    [InlineData("Kim Jong Un welcomed Putin at the airport. \"We will never abandon Russia,\" he added.")]
    public void A_pronoun_after_a_quotation_naming_Russia_is_the_north_korean_leader_speaking(string text)
    {
        var events = Stories.Extract(text, "2024-06-19");
        var statement = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal("Kim Jong Un", statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Theory]
    [InlineData("Pyongyang will honour every article of the treaty with Moscow, Kim Jong Un was quoted as saying.")]
    [InlineData("North Korea will keep backing Russia, Kim Jong Un was quoted as telling Shoigu.")]
    public void A_speaker_quoted_as_saying_speaks_rather_than_the_state_his_words_name(string text)
    {
        var events = Stories.Extract(text, "2025-06-05");
        var statement = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal("Kim Jong Un", statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Theory]
    [InlineData("The North Korean news agency quoted Kim Jong Un as saying that his country would never leave Russia alone.", "Kim Jong Un")]
    [InlineData("Russia's TASS agency quoted Lavrov as saying that Pyongyang had proved a loyal ally of Moscow.", "Sergey Lavrov")]
    public void The_person_an_outlet_quotes_as_saying_is_the_speaker(string text, string speaker)
    {
        var events = Stories.Extract(text, "2025-06-05");
        var statement = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal(speaker, statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Theory]
    [InlineData("بعث الزعيم الكوري الشمالي \"كيم جونغ أون\" ببرقية إلى الرئيس الروسي \"فلاديمير بوتين\".\nوأكد \"كيم\" أنه يقف مع \"بوتين\" في كل ما يقرره.", "Kim Jong Un")]
    public void A_name_set_in_quotes_after_the_verb_is_the_speaker(string text, string speaker)
    {
        var statements = Stories.Extract(text, "2024-11-04").Where(e => e.Type == EventTypes.Statement).ToList();
        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Equal(speaker, s.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name));
    }
}
