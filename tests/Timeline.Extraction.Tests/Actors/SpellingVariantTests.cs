using Timeline.Extraction.Extraction.Actors;
using Timeline.Extraction.Extraction.Text;

namespace Timeline.Extraction.Tests.Actors;

/// <summary>Full names spelt otherwise than in the gazetteer; sentences written for these tests.</summary>
public class SpellingVariantTests
{
    private static string? NameAt(string sentence, string spelling)
    {
        var at = sentence.IndexOf(spelling, StringComparison.Ordinal);
        var tokens = Tokenizer.Tokenize(sentence, 0, sentence.Length);
        var mention = ActorRecognizer.Default.Find(sentence, tokens).SingleOrDefault(m => tokens[m.First].Start <= at && at < tokens[m.Last].End);
        return mention is null || sentence[tokens[mention.First].Start..tokens[mention.Last].End] != spelling ? null : mention.Actor.Name;
    }

    [Theory]
    [InlineData("قال آن جيو بيك أمام النواب إن التعاون يتوسع.", "آن جيو بيك", "Ahn Gyu-back")]
    [InlineData("استقبل كيم جونغ وون الوفد الروسي في بيونغ يانغ.", "كيم جونغ وون", "Kim Jong Un")]
    [InlineData("وصرحت تشوي صون هي للصحفيين بأن الزيارة ناجحة.", "تشوي صون هي", "Choe Son Hui")]
    // A syllable's final "ng" written with its "g" or without it.
    [InlineData("افتتح باك تاي سون المعرض في بيونغ يانغ.", "باك تاي سون", "Pak Thae Song")]
    public void A_full_name_spelt_with_other_vowels_or_letters_is_the_same_person(string sentence, string spelling, string name) =>
        Assert.Equal(name, NameAt(sentence, spelling));

    [Theory]
    [InlineData("Defence Minister Kang Son Nam welcomed the guests at the airport.", "Kang Son Nam", "Kang Sun Nam")]
    [InlineData("Premier Park Tae-song opened the fair on Monday.", "Park Tae-song", "Pak Thae Song")]
    [InlineData("Foreign Minister Choe Song Hui flew to Moscow.", "Choe Song Hui", "Choe Son Hui")]
    [InlineData("Foreign Minister Choe Seon-hui flew to Moscow.", "Choe Seon-hui", "Choe Son Hui")]
    [InlineData("Security Council secretary Sergeï Shoïgou landed in Pyongyang.", "Sergeï Shoïgou", "Sergei Shoigu")]
    [InlineData("Minister Alexandre Kozlov chaired the commission.", "Alexandre Kozlov", "Alexander Kozlov")]
    public void A_romanised_name_spelt_with_other_vowels_or_letters_is_the_same_person(string sentence, string spelling, string name) =>
        Assert.Equal(name, NameAt(sentence, spelling));

    [Theory]
    [InlineData("قال جون كان إن الأمر انتهى.", "جون كان")]
    [InlineData("The king's son name was read aloud.", "king's son name")]
    [InlineData("Kim Jong visited the plant.", "Kim Jong")]
    [InlineData("وصل كيم جونغ إلى المدينة.", "كيم جونغ")]
    public void Ordinary_words_and_partial_names_are_not_taken_for_a_variant(string sentence, string spelling) =>
        Assert.Null(NameAt(sentence, spelling));
}
