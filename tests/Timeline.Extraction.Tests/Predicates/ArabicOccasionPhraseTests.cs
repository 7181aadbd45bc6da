using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>
/// «في اجتماع مع …» opening a sentence tells a meeting as «خلال اجتماع مع» does, and a phrase with a preposition set off
/// after the traveller's name («وصل كيم، بالقطار إلى …») goes on with the verb; sentences written for these tests.
/// </summary>
public class ArabicOccasionPhraseTests
{
    [Fact]
    public void At_a_meeting_with_opening_the_sentence_is_a_meeting_of_the_main_clause_s_subject()
    {
        var meeting = Assert.Single(Stories.Extract("في اجتماع مع رئيس مجلس الدوما فياتشيسلاف فولودين، أعرب الزعيم الكوري الشمالي كيم جونغ أون عن امتنانه لروسيا.", "2025-08-16"),
            e => e.Type == EventTypes.Meeting);
        Assert.Contains(meeting.Participants, p => p.Name == "Kim Jong Un");
        Assert.Contains(meeting.Participants, p => p.Name == "Vyacheslav Volodin");
    }

    [Fact]
    public void A_phrase_set_off_after_the_traveller_goes_on_to_the_destination()
    {
        var visit = Assert.Single(Stories.Extract("ووصل الزعيم الكوري الشمالي كيم جونغ أون، بالقطار المصفح إلى مدينة فلاديفوستوك يوم الثلاثاء.", "2025-08-16"),
            e => e.Type == EventTypes.Visit);
        Assert.Equal("Kim Jong Un", visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains("RU", visit.Countries);
    }
}
