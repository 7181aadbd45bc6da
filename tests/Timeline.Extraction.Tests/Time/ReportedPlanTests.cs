using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Time;

/// <summary>A remark about a plan is made now: the plan's time after «أن»/"that" dates the plan, not the remark. Sentences written for these tests.</summary>
public class ReportedPlanTests
{
    [Theory]
    [InlineData("قالت زاخاروفا إن لافروف سيجري محادثات مع تشوي سون هوي في موسكو الأسبوع المقبل.", "2025-11")]
    [InlineData("أكدت زاخاروفا أن لافروف يجري محادثات مع تشوي سون هوي في موسكو يوم 27 أكتوبر.", "2025-10-27")]
    public void A_remark_is_not_dated_by_the_plan_it_tells(string text, string planned)
    {
        var events = Stories.Extract(text, "2025-10-25");
        var talks = Assert.Single(events, e => e.Type == EventTypes.Meeting);
        Assert.Equal(planned, talks.Date?.Value);
        var remark = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal(Modalities.Occurred, remark.Modality);
        Assert.Equal("2025-10", remark.Date?.Value);
    }
}
