using OpenQA.Selenium;
using Timeline.Contracts;
using Timeline.Gateway.Tests.Fixtures;
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
        Assert.True(await Browser.Host.Store.TryCommitAsync(WidelyReportedMeeting.Commit(EventId, Mentions, outlets: 5, prefix: "paging-", "Envoys met again",
            i => $"Dispatch {i}: the envoys met again and agreed to talk next month."), TestContext.Current.CancellationToken));

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
