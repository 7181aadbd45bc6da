using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>Two sides named together as the subject of a verb of discussing hold talks; sentences written for these tests.</summary>
public class JointTalksTests
{
    [Theory]
    [InlineData("خلال اجتماع عبر الفيديو عُقد الخميس، بحث وزيرا الزراعة الروسي والكوري الشمالي توسيع التبادل.", "Russia", "North Korea")]
    [InlineData("On Thursday, the Russian and North Korean agriculture ministers discussed expanding trade.", "Russia", "North Korea")]
    [InlineData("Sergey Lavrov and Choe Son Hui discussed the situation on the Korean Peninsula on Thursday.", "Sergey Lavrov", "Choe Son Hui")]
    [InlineData("بحث لافروف وتشوي سون هوي الخميس الوضع في شبه الجزيرة الكورية.", "Sergey Lavrov", "Choe Son Hui")]
    [InlineData("Russian Foreign Minister Sergey Lavrov and North Korean Foreign Minister Choe Son Hui discussed bilateral ties on Thursday.", "Sergey Lavrov", "Choe Son Hui")]
    [InlineData("بحث وزير الخارجية الروسي سيرغي لافروف ووزيرة الخارجية الكورية الشمالية تشوي سون هوي الخميس العلاقات الثنائية.", "Sergey Lavrov", "Choe Son Hui")]
    // The second party's title opens with a possessive.
    [InlineData("Sergey Lavrov and his North Korean counterpart Choe Son Hui discussed trade in Moscow on Thursday.", "Sergey Lavrov", "Choe Son Hui")]
    public void Two_sides_discussing_together_hold_talks(string text, string one, string other)
    {
        var talks = Assert.Single(Stories.Extract(text, "2024-06-14"), e => e.Type == EventTypes.Meeting);
        Assert.Equal("talks", talks.Subtype);
        Assert.Contains(talks.Participants, p => p.Name == one);
        Assert.Contains(talks.Participants, p => p.Name == other);
        Assert.Equal("2024-06-13", talks.Date?.Value);
    }

    [Theory]
    [InlineData("Lavrov met Choe Son Hui in Moscow. The Russian Foreign Ministry said on Friday that the two sides discussed ties on Thursday.")]
    [InlineData("التقى لافروف تشوي سون هوي في موسكو. وذكرت الخارجية الروسية في بيان، الجمعة، أن الجانبين بحثا أمس العلاقات بين البلدين.")]
    [InlineData("التقى لافروف تشوي سون هوي في موسكو. وذكرت الخارجية الروسية في بيان، الجمعة، أن الجانبين تناولا أمس العلاقات بين البلدين.")]
    public void The_two_sides_discussing_hold_talks_on_their_day(string text)
    {
        var events = Stories.Extract(text, "2024-06-14");
        Assert.Contains(events, e => e.Type == EventTypes.Meeting && e.Date?.Value == "2024-06-13");
    }

    [Theory]
    [InlineData("Talks between Choe Son Hui and Sergey Lavrov were held in Moscow on Thursday.")]
    [InlineData("The negotiations between Kim Jong Un and Vladimir Putin were held in Vostochny on Thursday.")]
    public void Talks_between_two_named_sides_that_were_held_are_a_meeting(string text)
    {
        var talks = Assert.Single(Stories.Extract(text, "2024-06-14"), e => e.Type == EventTypes.Meeting);
        Assert.Equal("2024-06-13", talks.Date?.Value);
    }

    [Fact]
    public void One_side_discussing_alone_holds_no_talks()
    {
        Assert.DoesNotContain(Stories.Extract("Vladimir Putin discussed the war in Ukraine and North Korea on Thursday.", "2024-06-14"), e => e.Type == EventTypes.Meeting);
    }
}
