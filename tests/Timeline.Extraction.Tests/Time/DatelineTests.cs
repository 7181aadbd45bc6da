using Timeline.Contracts;
using Timeline.Extraction.Extraction;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Time;

/// <summary>A dateline's or headline's day dates what the lead tells undated; sentences written for these tests.</summary>
public class DatelineTests
{
    [Theory]
    [InlineData("SEOUL, Nov. 14 (Yonhap) -- North Korea's Foreign Minister Choe Son Hui held talks with Sergey Lavrov in Moscow, the North's state media reported.")]
    [InlineData("MOSCOW, November 14 (Reuters) - Sergey Lavrov held talks with North Korea's Foreign Minister Choe Son Hui in Moscow.")]
    [InlineData("MOSCOW, November 14. /TASS/. Sergey Lavrov held talks with North Korea's Foreign Minister Choe Son Hui in Moscow.")]
    [InlineData("موسكو - 14 نوفمبر (رويترز) - أجرى وزير الخارجية الروسي سيرغي لافروف محادثات مع وزيرة الخارجية الكورية الشمالية تشوي سون هوي في موسكو.")]
    [InlineData("موسكو، 14 تشرين الثاني/نوفمبر (أ ف ب) - أجرى وزير الخارجية الروسي سيرغي لافروف محادثات مع وزيرة الخارجية الكورية الشمالية تشوي سون هوي.")]
    public void The_lead_of_a_dateline_takes_its_day(string text)
    {
        var events = Stories.Extract(text, "2024-11-15");
        var talks = Assert.Single(events, e => e.Type == EventTypes.Meeting);
        Assert.Equal("2024-11-14", talks.Date?.Value);
    }

    [Theory]
    [InlineData("طوكيو – 14 – 11 (كونا) — عقد وزير الخارجية الروسي سيرغي لافروف الخميس محادثات مع وزيرة الخارجية الكورية الشمالية تشوي سون هوي.")]
    [InlineData("بكين - 14 - 11 (قنا) - عقد وزير الخارجية الروسي سيرغي لافروف الخميس محادثات مع وزيرة الخارجية الكورية الشمالية تشوي سون هوي.")]
    public void The_city_of_an_agencys_dateline_takes_no_part(string text)
    {
        var talks = Assert.Single(Stories.Extract(text, "2024-11-15"), e => e.Type == EventTypes.Meeting);
        Assert.DoesNotContain(talks.Participants, p => p.Country is "JP" or "CN");
        Assert.Equal("Sergey Lavrov", talks.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Theory]
    [InlineData("Lavrov and Choe hold talks in Moscow on Thursday\nSergey Lavrov held talks with North Korea's Foreign Minister Choe Son Hui in Moscow.")]
    [InlineData("لافروف وتشوي يجريان محادثات في موسكو الخميس\nأجرى وزير الخارجية الروسي سيرغي لافروف محادثات مع وزيرة الخارجية الكورية الشمالية تشوي سون هوي في موسكو.")]
    public void An_undated_lead_takes_the_day_its_headline_tells(string text)
    {
        // The page itself, headline first: Stories.Extract would put a headline of its own above it.
        var events = EventExtractor.Default.Extract("article-1", text, new DateOnly(2024, 11, 15));
        var talks = Assert.Single(events, e => e.Type == EventTypes.Meeting);
        Assert.Equal("2024-11-14", talks.Date?.Value);
    }
}
