using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>«تعتزمان»: two states that intend to do something announce it, as «تعتزم» and «يعتزمان» do. Sentences written for these tests.</summary>
public class DualIntentionTests
{
    [Fact]
    public void A_link_two_states_intend_to_resume_is_planned()
    {
        var events = Stories.Extract("أعلنت الشركة أن روسيا وكوريا الشمالية تعتزمان استئناف رحلات القطارات بين موسكو وبيونغ يانغ هذا الشهر.", "2025-03-04");
        Assert.Contains(events, e => e.Type == EventTypes.Other && e.Modality == Modalities.Planned);
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Other && e.Modality == Modalities.Occurred);
    }
}
