using Timeline.Lexicon;

namespace Timeline.Extraction.Tests.Lexicon;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("أحمد إبراهيم آمال", "احمد ابراهيم امال")]
    [InlineData("القمة الثنائية", "القمه الثناييه")]
    [InlineData("مستوى", "مستوي")]
    [InlineData("مُحَمَّدٌ", "محمد")]
    [InlineData("العلاقـــات", "العلاقات")]
    [InlineData("٢٠٢٣ و۲۰۲۴", "2023 و2024")]
    [InlineData("کوریا", "كوريا")]
    [InlineData("Pyongyang", "pyongyang")]
    [InlineData("ÉCOLE Москва ΑΘΗΝΑ", "ecole москва αθηνα")]
    public void Folds_spelling_variants(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void Offset_map_points_back_into_the_original_text()
    {
        const string text = "الـقِمّة في ١٩ أكتوبر";
        var norm = TextNormalizer.Normalize(text, out var map);
        var at = norm.IndexOf("19", StringComparison.Ordinal);
        Assert.Equal("١٩", text.Substring(map[at], map[at + 1] - map[at] + 1));
        Assert.Equal(norm.Length, map.Length);
    }
}
