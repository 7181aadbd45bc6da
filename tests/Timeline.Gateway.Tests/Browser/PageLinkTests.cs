using OpenQA.Selenium;
using Timeline.Contracts;
using Timeline.Gateway.Tests.Fixtures;

namespace Timeline.Gateway.Tests.Browser;

/// <summary>The page never turns a stored non-http URL into a link, and runs under its Content-Security-Policy.</summary>
[Collection("gateway")]
public sealed class PageLinkTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private BrowserFixture Browser
    {
        get
        {
            Assert.SkipUnless(BrowserFixture.Available, $"{BrowserFixture.ChromiumPath} or {BrowserFixture.ChromeDriverPath} is not installed.");
            return browser;
        }
    }

    [Fact]
    public async Task Evidence_whose_url_is_javascript_shows_its_source_as_text_not_as_a_link()
    {
        Browser.OpenPage();
        Browser.Wait(d => d.FindElement(By.Id("live")).GetAttribute("data-state") == "open", "the live stream to connect");
        var created = SeedTimeline.NewEvent("evt_browserlink000000000000001", "Lavrov and Choe Son Hui meet in Moscow.",
            "Lavrov met Choe Son Hui in Moscow.", Browser.Host.Actors);
        // Stored before ingestion refused such links: the page must stay safe with data already in the store.
        created = created with { Mentions = [created.Mentions[0] with { Url = "javascript:document.title='pwned'//x", Source = "evil.example" }] };
        await Browser.Host.PublishAsync(new TimelineEventCreated { Event = created });

        Browser.Wait(d => d.FindElements(By.CssSelector($"#events li[data-id='{created.Id}']")).Count == 1, "the published event in the list");
        Browser.Driver.FindElement(By.CssSelector($"#events li[data-id='{created.Id}']")).Click();
        Browser.Wait(d => d.FindElements(By.CssSelector("#detail .source")).Count == 1, "the detail panel with its source");

        var source = Browser.Driver.FindElement(By.CssSelector("#detail .source"));
        Assert.Contains("evil.example", source.Text, StringComparison.Ordinal);
        Assert.Empty(source.FindElements(By.TagName("a")));
        Assert.Empty(Browser.Driver.FindElements(By.CssSelector("#detail [cite^='javascript']")));
    }

    [Fact]
    public void The_page_runs_under_its_content_security_policy_with_type_colours_intact()
    {
        // OpenPage waits for the script to load the events, which it cannot do if the policy blocks it.
        Browser.OpenPage();
        var badge = Browser.Driver.FindElement(By.CssSelector("#events li .badge"));
        var background = (string)Browser.Driver.ExecuteScript("return getComputedStyle(arguments[0]).backgroundColor;", badge)!;

        Assert.NotEqual("rgba(0, 0, 0, 0)", background);
    }
}
