using OpenQA.Selenium;
using Timeline.Contracts;
using Timeline.Storage;

namespace Timeline.Gateway.Tests.Browser;

/// <summary>The detail panel pages an event's evidence through /events/{id}/mentions (its own seeded host, so the other page tests keep their counts).</summary>
[Collection("gateway")]
public sealed class EvidencePagingTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int Mentions = 27;
    private const string EventId = "evt_browserpaging00000000000001";

    private BrowserFixture Browser
    {
        get
        {
            Assert.SkipUnless(BrowserFixture.Available, $"{BrowserFixture.ChromiumPath} or {BrowserFixture.ChromeDriverPath} is not installed.");
            return browser;
        }
    }

    [Fact]
    public async Task The_detail_panel_shows_a_first_page_of_evidence_and_loads_the_rest_on_request()
    {
        var all = Enumerable.Range(0, Mentions).Select(i => new Mention
        {
            MentionId = $"paging-m{i:D2}",
            ArticleId = $"paging-a{i:D2}",
            Source = $"outlet{i % 5}.example",
            Url = $"https://outlet{i % 5}.example/paging-a{i:D2}",
            Sentence = $"Dispatch {i}: the envoys met again and agreed to talk next month.",
            Start = 0,
            End = 60,
            DateDerivation = DateDerivations.Explicit,
            Modality = Modalities.Occurred,
            Confidence = 0.8,
            PublishedAt = new DateTimeOffset(2024, 7, 10, 8, 0, 0, TimeSpan.Zero).AddMinutes(i),
        }).ToList();
        var e = new TimelineEvent
        {
            Id = EventId,
            Version = 1,
            Type = EventTypes.Meeting,
            Status = Modalities.Occurred,
            Date = new EventDate("2024-07-10", DatePrecisions.Day, new DateOnly(2024, 7, 10), new DateOnly(2024, 7, 10)),
            Participants = [new Participant("Q81063", "Sergey Lavrov", ParticipantRoles.Actor, "RU")],
            Countries = ["RU", "KP"],
            Summary = "Envoys met again",
            FirstReportedAt = all[0].PublishedAt!.Value,
            LastReportedAt = all[^1].PublishedAt!.Value,
            SourceCount = 5,
            ArticleCount = Mentions,
            Mentions = MentionSample.Choose(all, null),
            MentionCount = Mentions,
        };
        Assert.True(await Browser.Host.Store.TryCommitAsync(new EventCommit
        {
            Inserts = [e],
            MentionChanges = new Dictionary<string, MentionChange> { [EventId] = new() { Added = all } },
        }, TestContext.Current.CancellationToken));

        Browser.OpenPage();
        Browser.Wait(d => d.FindElements(By.CssSelector($"#events li[data-id='{EventId}']")).Count == 1, "the event in the list");
        Browser.Driver.FindElement(By.CssSelector($"#events li[data-id='{EventId}']")).Click();
        Browser.Wait(d => d.FindElements(By.CssSelector("#detail blockquote")).Count == 20, "the first page of evidence");
        Assert.Contains("20 of 27", Browser.Driver.FindElement(By.CssSelector("#detail .mentions h4")).Text, StringComparison.Ordinal);

        Browser.Driver.FindElement(By.CssSelector("#detail button.more")).Click();

        Browser.Wait(d => d.FindElements(By.CssSelector("#detail blockquote")).Count == Mentions, "every mention after one more page");
        Assert.Empty(Browser.Driver.FindElements(By.CssSelector("#detail button.more")));
        Assert.Contains("Dispatch 26:", Browser.Driver.FindElements(By.CssSelector("#detail blockquote"))[^1].Text, StringComparison.Ordinal);
    }
}
