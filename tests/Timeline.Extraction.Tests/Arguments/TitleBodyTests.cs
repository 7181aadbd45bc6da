using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Arguments;

/// <summary>
/// A body named inside a person's title (a council, the Kremlin, a party) says whom the person serves and takes no part
/// of its own; and the traveller's long titles do not hide the destination. Sentences written for these tests.
/// </summary>
public class TitleBodyTests
{
    [Theory]
    [InlineData("صرح نائب رئيس مجلس الأمن الروسي دميتري مدفيديف، يوم الخميس، بأن التحالف مع كوريا الشمالية سيتعزز.", "Dmitry Medvedev")]
    [InlineData("صرح مساعد الكرملين للسياسة الخارجية يوري أوشاكوف، يوم الخميس، بأن التحالف مع كوريا الشمالية سيتعزز.", "Yuri Ushakov")]
    [InlineData("صرح دميتري مدفيديف، نائب رئيس مجلس الأمن الروسي، يوم الخميس، بأن التحالف مع كوريا الشمالية سيتعزز.", "Dmitry Medvedev")]
    [InlineData("The deputy chairman of the Security Council of Russia Dmitry Medvedev said on Thursday that the alliance with North Korea would grow.", "Dmitry Medvedev")]
    public void The_person_of_a_title_speaks_not_the_body_inside_the_title(string text, string speaker)
    {
        var statement = Assert.Single(Stories.Extract(text, "2025-03-07"), e => e.Type == EventTypes.Statement);
        Assert.Equal(speaker, statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.DoesNotContain(statement.Participants, p => p.Name is "Security Council of Russia" or "Kremlin");
    }

    [Theory]
    [InlineData("حط نائب رئيس مجلس الأمن الروسي ورئيس حزب روسيا الموحدة، دميتري مدفيديف، الخميس في بيونغ يانغ على رأس وفد حزبي.")]
    [InlineData("وصل نائب رئيس مجلس الأمن الروسي ورئيس حزب روسيا الموحدة، دميتري مدفيديف، الخميس إلى بيونغ يانغ على رأس وفد حزبي.")]
    [InlineData("وصل دميتري مدفيديف نائب رئيس مجلس الأمن الروسي ورئيس حزب روسيا الموحدة، إلى بيونغ يانغ الخميس على رأس وفد حزبي.")]
    public void A_traveller_with_long_titles_still_reaches_the_destination_after_them(string text)
    {
        var visit = Assert.Single(Stories.Extract(text, "2025-03-07"), e => e.Type == EventTypes.Visit);
        Assert.Equal("Dmitry Medvedev", visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains("KP", visit.Countries);
        Assert.DoesNotContain(visit.Participants, p => p.Name is "Security Council of Russia" or "United Russia");
    }
}
