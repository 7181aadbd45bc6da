using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>Renewing a commitment or support («جددا التزامهما», «جدد دعمه») is a pledge; sentences written for these tests.</summary>
public class RenewedCommitmentTests
{
    [Fact]
    public void Two_sides_renewing_their_commitment_both_pledge()
    {
        var pledge = Assert.Single(Stories.Extract("أكدت الوكالة أن وزير الدفاع الروسي أندريه بيلوسوف والزعيم الكوري الشمالي كيم جونغ أون جددا التزامهما بتوسيع التدريبات المشتركة.", "2025-02-20"),
            e => e.Type == EventTypes.Statement);
        Assert.Equal("pledge", pledge.Subtype);
        var actors = pledge.Participants.Where(p => p.Role == ParticipantRoles.Actor).Select(p => p.Name).ToList();
        Assert.Contains("Andrei Belousov", actors);
        Assert.Contains("Kim Jong Un", actors);
    }

    [Fact]
    public void Renewing_support_is_a_pledge_of_the_one_who_renews_it()
    {
        var pledge = Assert.Single(Stories.Extract("جدد الزعيم الكوري الشمالي كيم جونغ أون يوم الأربعاء دعمه الكامل لروسيا في حربها.", "2025-02-20"), e => e.Type == EventTypes.Statement);
        Assert.Equal("pledge", pledge.Subtype);
        Assert.Equal("Kim Jong Un", pledge.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal("2025-02-19", pledge.Date?.Value);
    }
}
