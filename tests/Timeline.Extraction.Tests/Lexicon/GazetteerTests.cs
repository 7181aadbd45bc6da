using Timeline.Lexicon;

namespace Timeline.Extraction.Tests.Lexicon;

public class GazetteerTests
{
    private static readonly Gazetteer G = Gazetteer.Default;

    [Theory]
    [InlineData("كيم جونغ أون", "Q56226")]
    [InlineData("كيم جونج أون", "Q56226")]
    [InlineData("كِيم جُونغ أُون", "Q56226")]
    [InlineData("Kim Jong-un", "Q56226")]
    [InlineData("ولافروف", "Q80137")]
    [InlineData("سيرجي لافروف", "Q80137")]
    [InlineData("Sergei Lavrov", "Q80137")]
    [InlineData("بيونغيانغ", "Q18808")]
    [InlineData("بيونغ يانغ", "Q18808")]
    [InlineData("وبيونغ يانغ", "Q18808")]
    [InlineData("تشوي سون هوي", "tl:choe-son-hui")]
    [InlineData("Choe Son-hui", "tl:choe-son-hui")]
    [InlineData("کوریا الشمالیة", "KP")]
    [InlineData("the Kremlin", "tl:kremlin")]
    [InlineData("وزير الخارجية الروسي", "office:RU:foreign_minister")]
    [InlineData("وزيرة الخارجية الكورية الشمالية", "office:KP:foreign_minister")]
    [InlineData("the North Korean leader", "office:KP:head_of_state")]
    [InlineData("Q7747", "Q7747")]
    public void Finds_actors_by_any_spelling(string alias, string expectedId) =>
        Assert.Equal(expectedId, G.Find(alias)?.Id);

    [Fact]
    public void Unknown_names_are_not_found() => Assert.Null(G.Find("شيغيرو إيشيبا الثاني"));

    [Theory]
    [InlineData("2023-10-19", "tl:sergei-shoigu")]
    [InlineData("2024-05-11", "tl:sergei-shoigu")]
    [InlineData("2024-06-01", "tl:andrei-belousov")]
    public void Resolves_the_russian_defence_minister_at_a_date(string date, string expectedId) =>
        Assert.Equal(expectedId, G.HolderOf("office:RU:defence_minister", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))?.Id);

    [Fact]
    public void Resolves_the_north_korean_leader_in_2000_to_kim_jong_il() =>
        Assert.Equal("tl:kim-jong-il", G.HolderOf("office:KP:head_of_state", new DateOnly(2000, 7, 19))?.Id);

    [Fact]
    public void Every_actor_has_a_country_code_of_two_letters_or_none()
    {
        Assert.All(G.Actors, a => Assert.True(a.Country is null || a.Country.Length == 2, a.Id));
        Assert.False(string.IsNullOrWhiteSpace(G.Version));
        Assert.Contains(G.Actors, a => a.Kind == ActorKinds.State && a.Id == "RU");
    }

    [Theory]
    [InlineData("meeting", null, "CONSULT")]
    [InlineData("agreement", "ratification", "AGREE")]
    [InlineData("accusation", null, "ACCUSE")]
    [InlineData("statement", "warning", "THREATEN")]
    [InlineData("nonsense", null, "OTHER")]
    public void Maps_types_to_plover(string type, string? subtype, string expected) =>
        Assert.Equal(expected, EventTypeCatalog.Default.ToPlover(type, subtype).EventType);
}
