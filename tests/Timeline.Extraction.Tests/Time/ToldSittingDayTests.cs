using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Time;

/// <summary>
/// A lead that tells a call or talks without their day ("held a phone call, state media said Wednesday") takes the day the
/// next sentences give it ("During the call on Tuesday", «وخلال المكالمة التي جرت أمس الثلاثاء»); sentences written for
/// these tests.
/// </summary>
public class ToldSittingDayTests
{
    [Fact]
    public void A_call_told_without_its_day_takes_the_day_the_next_sentence_gives_the_call()
    {
        var events = Stories.Extract("Russian President Vladimir Putin and North Korean leader Kim Jong Un held a phone call to discuss their alliance, state media in both countries said Thursday. During the call on Wednesday, Putin thanked Kim for the help of North Korean soldiers.", "2025-09-04");
        var call = Assert.Single(events, e => e.Type == EventTypes.Meeting);
        Assert.Equal("2025-09-03", call.Date?.Value);
    }

    [Fact]
    public void A_call_dated_only_by_the_news_day_takes_the_day_the_next_sentence_gives_the_call()
    {
        var events = Stories.Extract("ذكرت وسائل الإعلام الرسمية في البلدين، اليوم الخميس، أن الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون أجريا اتصالا هاتفيا لبحث العلاقات الثنائية. وخلال المكالمة التي جرت أمس الأربعاء، شكر بوتين كيم على مساعدة الجنود الكوريين الشماليين.", "2025-09-04");
        var call = Assert.Single(events, e => e.Type == EventTypes.Meeting);
        Assert.Equal("2025-09-03", call.Date?.Value);
    }

    [Fact]
    public void What_is_said_during_the_call_whose_day_a_relative_clause_tells_takes_that_day()
    {
        var events = Stories.Extract("وخلال المكالمة التي جرت أمس الأربعاء، أشاد الرئيس الروسي فلاديمير بوتين بشجاعة الجنود الكوريين الشماليين الذين قاتلوا إلى جانب القوات الروسية.", "2025-09-04");
        var praise = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal("2025-09-03", praise.Date?.Value);
    }

    [Fact]
    public void Talks_recalled_from_months_before_do_not_date_the_call_told_without_its_day()
    {
        var events = Stories.Extract("Russian President Vladimir Putin and North Korean leader Kim Jong Un held a phone call to discuss their alliance, state media said Thursday. The talks on March 3 had opened the way for new flights between the two countries.", "2025-09-04");
        var call = Assert.Single(events, e => e.Type == EventTypes.Meeting && e.Subtype == "phone_call");
        Assert.NotEqual("2025-03-03", call.Date?.Value);
    }

    [Fact]
    public void A_call_told_long_before_the_sitting_named_later_keeps_its_own_dating()
    {
        var events = Stories.Extract("Russian President Vladimir Putin and North Korean leader Kim Jong Un held a phone call to discuss their alliance, state media said Thursday. Analysts said the talks showed how close the two had grown. Ukraine has protested for months. South Korea asked for a Security Council meeting on Wednesday.", "2025-09-04");
        var call = Assert.Single(events, e => e.Type == EventTypes.Meeting && e.Subtype == "phone_call");
        Assert.NotEqual("2025-09-03", call.Date?.Value);
    }
}
