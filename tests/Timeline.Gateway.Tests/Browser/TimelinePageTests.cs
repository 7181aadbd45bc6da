using OpenQA.Selenium;
using Timeline.Contracts;
using Timeline.Gateway.Tests.Fixtures;

namespace Timeline.Gateway.Tests.Browser;

/// <summary>The timeline page in headless Chromium against a seeded gateway.</summary>
[Collection("gateway")]
public sealed class TimelinePageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private BrowserFixture Browser
    {
        get
        {
            Assert.SkipUnless(BrowserFixture.Available, $"{BrowserFixture.ChromiumPath} or {BrowserFixture.ChromeDriverPath} is not installed.");
            return browser;
        }
    }

    private OpenQA.Selenium.Chrome.ChromeDriver Driver => Browser.Driver;

    private int ListedEvents => Driver.FindElements(By.CssSelector("#events li")).Count;

    [Fact]
    public void The_page_loads_the_seeded_timeline_and_renders_Arabic_evidence_right_to_left()
    {
        Browser.OpenPage();
        var expected = SeedTimeline.Build(Browser.Host.Actors).Count(e => e.Status != "retired");
        Browser.Wait(_ => ListedEvents == expected, $"{expected} events in the list");
        Assert.Equal(expected, Driver.FindElements(By.CssSelector("#axis circle.dot")).Count);

        Driver.FindElement(By.CssSelector($"#events li[data-id='{SeedTimeline.MultiSourceId}']")).Click();
        Browser.Wait(d => d.FindElements(By.CssSelector("#detail blockquote[lang='ar']")).Count == 2, "the Arabic evidence in the detail panel");
        var quote = Driver.FindElements(By.CssSelector("#detail blockquote[lang='ar']"))[0];
        Assert.Equal("rtl", ((IJavaScriptExecutor)Driver).ExecuteScript("return getComputedStyle(arguments[0]).direction;", quote));
        Assert.Contains("بوتين", quote.Text, StringComparison.Ordinal);
        var english = Driver.FindElement(By.CssSelector("#detail blockquote[lang='en']"));
        Assert.Equal("ltr", ((IJavaScriptExecutor)Driver).ExecuteScript("return getComputedStyle(arguments[0]).direction;", english));
        var links = Driver.FindElements(By.CssSelector("#detail .source a")).Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("https://reuters.com/news/art_ms_2", links);
        Browser.Screenshot("timeline-page");
    }

    [Fact]
    public async Task Filtering_by_actor_type_and_text_narrows_the_list_as_the_API_does()
    {
        Browser.OpenPage();
        Driver.FindElement(By.Id("f-actor")).SendKeys("لافروف");
        Driver.FindElement(By.CssSelector("#f-type option[value='visit']")).Click();
        Driver.FindElement(By.Id("apply")).Click();

        using var response = await Browser.Host.Client.GetAsync("/api/v1/events?type=visit&actor=" + Uri.EscapeDataString("لافروف") + "&limit=500", Ct);
        var expected = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("items").GetArrayLength();
        Assert.InRange(expected, 1, 20);
        Browser.Wait(_ => ListedEvents == expected, $"{expected} Lavrov visits in the list");

        Driver.FindElement(By.Id("f-q")).SendKeys("Wonsan");
        Driver.FindElement(By.Id("apply")).Click();
        Browser.Wait(_ => ListedEvents == 1, "only the Wonsan visit");
        Assert.Equal(SeedTimeline.LateKnownId, Driver.FindElement(By.CssSelector("#events li")).GetAttribute("data-id"));

        Driver.FindElement(By.Id("f-from")).SendKeys("01012030");
        Driver.FindElement(By.Id("apply")).Click();
        Browser.Wait(d => d.FindElement(By.Id("empty")).Displayed, "the empty-result message");
    }

    [Fact]
    public async Task A_new_event_published_on_the_bus_appears_without_a_reload()
    {
        Browser.OpenPage();
        Browser.Wait(d => d.FindElement(By.Id("live")).GetAttribute("data-state") == "open", "the live stream to connect");
        ((IJavaScriptExecutor)Driver).ExecuteScript("window.__sameDocument = true;");
        var before = ListedEvents;

        var created = SeedTimeline.NewEvent("evt_browserlive0000000000001", "Lavrov and Choe Son Hui hold talks in Moscow.",
            "أجرى وزير الخارجية الروسي سيرغي لافروف محادثات مع نظيرته الكورية الشمالية تشوي سون هوي في موسكو.", Browser.Host.Actors);
        await Browser.Host.PublishAsync(new TimelineEventCreated { Event = created });

        Browser.Wait(d => d.FindElements(By.CssSelector($"#events li[data-id='{created.Id}']")).Count == 1, "the published event in the list");
        Assert.Equal(before + 1, ListedEvents);
        Assert.Equal(true, ((IJavaScriptExecutor)Driver).ExecuteScript("return window.__sameDocument === true;"));
        Assert.Single(Driver.FindElements(By.CssSelector($"#axis circle[data-id='{created.Id}']")));
        Browser.Screenshot("timeline-page-live");
    }

    [Fact]
    public void The_interface_switches_to_Arabic_and_right_to_left()
    {
        Browser.OpenPage();
        Driver.FindElement(By.Id("lang")).Click();
        Browser.Wait(d => d.FindElement(By.TagName("html")).GetAttribute("dir") == "rtl", "the page to turn right-to-left");
        Assert.Equal("ar", Driver.FindElement(By.TagName("html")).GetAttribute("lang"));
        Assert.Contains("الخط الزمني", Driver.FindElement(By.TagName("h1")).Text, StringComparison.Ordinal);
        Assert.Equal("تطبيق", Driver.FindElement(By.Id("apply")).Text);
        Driver.FindElement(By.CssSelector($"#events li[data-id='{SeedTimeline.DeniedId}']")).Click();
        Browser.Wait(d => d.FindElements(By.CssSelector("#detail blockquote")).Count == 2, "the detail panel");
        Browser.Screenshot("timeline-page-arabic");
    }
}
