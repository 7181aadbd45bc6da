namespace Timeline.Ingestion.Tests;

/// <summary>
/// Arabic news pages written for these tests (Fixtures/page-*.txt), shaped like scraped pages: headline, date line, story,
/// credit and tag lines, then a "read also" block with an unrelated story.
/// </summary>
internal static class Pages
{
    /// <summary>Lavrov meets Kim Jong Un; dated on the page (19 Oct 2023), credited to الجزيرة.</summary>
    public static string LavrovKim => Http.Fixture("page-lavrov-kim-ar.txt");

    /// <summary>The same happening in other words, with no date on the page.</summary>
    public static string LavrovKimUndated => Http.Fixture("page-lavrov-kim-undated-ar.txt");

    /// <summary>Lavrov and Choe Son Hui on the same day: another story on the same topic.</summary>
    public static string LavrovChoe => Http.Fixture("page-lavrov-choe-ar.txt");

    /// <summary>Putin ready to visit North Korea (21 Jan 2024), with a subheading line and a Reuters attribution a second outlet would reword.</summary>
    public static string PutinVisit => Http.Fixture("page-putin-visit-ar.txt");
}
