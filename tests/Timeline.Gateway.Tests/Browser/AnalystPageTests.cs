using System.Text.Json;
using OpenQA.Selenium;
using Timeline.Contracts;
using Timeline.Gateway.Tests.Fixtures;

namespace Timeline.Gateway.Tests.Browser;

/// <summary>The page as an analyst uses it: shareable addresses, back and forward, the Arabic interface, and a phone screen.</summary>
[Collection("gateway")]
public sealed class AnalystPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private BrowserFixture Browser => browser.Required;

    private OpenQA.Selenium.Chrome.ChromeDriver Driver => Browser.Driver;

    private List<string> ListedIds => [.. Driver.FindElements(By.CssSelector("#events li")).Select(li => li.GetAttribute("data-id")!)];

    private string Query => new Uri(Driver.Url).Query;

    private object? Script(string script, params object[] args) => ((IJavaScriptExecutor)Driver).ExecuteScript(script, args);

    /// <summary>A meeting of Lavrov's in October 2023: the event a shared address selects.</summary>
    private TimelineEvent LavrovMeeting()
    {
        var lavrov = Browser.Host.Actors.Resolve("Lavrov")!.Id;
        return SeedTimeline.Build(Browser.Host.Actors)
            .Where(e => e.Type == EventTypes.Meeting && e.Date?.Value == "2023-10-19" && e.Participants.Any(p => p.ActorId == lavrov))
            .OrderBy(e => e.Id, StringComparer.Ordinal).First();
    }

    private const string SharedFilters = "actor=%D9%84%D8%A7%D9%81%D8%B1%D9%88%D9%81&type=meeting&from=2023-10-01&to=2023-10-31";

    private async Task<List<string>> ApiIdsAsync(string query)
    {
        using var response = await Browser.Host.Client.GetAsync("/api/v1/events?limit=500&" + query, Ct);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        return [.. body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
    }

    private async Task<JsonElement> ApiEventAsync(string id)
    {
        using var response = await Browser.Host.Client.GetAsync("/api/v1/events/" + id, Ct);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();
    }

    [Fact]
    public async Task A_shared_address_restores_its_filters_and_selected_event()
    {
        var selected = LavrovMeeting();
        var expected = await ApiIdsAsync(SharedFilters);
        Assert.InRange(expected.Count, 2, 20);

        Browser.OpenAddress($"?{SharedFilters}&event={selected.Id}");

        Browser.Wait(_ => ListedIds.Order().SequenceEqual(expected.Order()), $"the {expected.Count} events of the shared filters");
        Assert.Equal("لافروف", Driver.FindElement(By.Id("f-actor")).GetAttribute("value"));
        Assert.Equal("meeting", Driver.FindElement(By.Id("f-type")).GetAttribute("value"));
        Assert.Equal("2023-10-01", Driver.FindElement(By.Id("f-from")).GetAttribute("value"));
        Assert.Equal("2023-10-31", Driver.FindElement(By.Id("f-to")).GetAttribute("value"));
        Browser.Wait(d => d.FindElement(By.CssSelector("#detail h3")).Text == selected.Summary, "the selected event's detail");
        Assert.Equal(selected.Id, Driver.FindElement(By.CssSelector("#events li.selected")).GetAttribute("data-id"));
        Assert.Single(Driver.FindElements(By.CssSelector($"#axis circle.selected[data-id='{selected.Id}']")));
    }

    [Fact]
    public void Filters_and_the_selection_go_into_the_address_and_back_and_forward_restore_them()
    {
        Browser.OpenPage();
        var all = ListedIds.Count;
        Driver.FindElement(By.CssSelector("#f-type option[value='visit']")).Click();
        Driver.FindElement(By.Id("apply")).Click();
        Browser.Wait(_ => Query == "?type=visit", "type=visit in the address");
        Browser.Wait(_ => ListedIds.Count is > 0 && ListedIds.Count < all, "only visits in the list");
        var visits = ListedIds;

        Driver.FindElement(By.CssSelector($"#events li[data-id='{SeedTimeline.LateKnownId}']")).Click();
        Browser.Wait(_ => Query == $"?type=visit&event={SeedTimeline.LateKnownId}", "the selected event in the address");
        Browser.Wait(d => d.FindElement(By.CssSelector("#detail h3")).Text == "Lavrov visits Wonsan.", "the detail of the selected visit");

        Driver.Navigate().Back();
        Browser.Wait(d => d.FindElements(By.CssSelector("#detail .placeholder")).Count == 1, "the selection undone by Back");
        Assert.Empty(Driver.FindElements(By.CssSelector("#events li.selected")));
        Assert.Equal("visit", Driver.FindElement(By.Id("f-type")).GetAttribute("value"));
        Assert.Equal(visits, ListedIds);

        Driver.Navigate().Back();
        Browser.Wait(_ => ListedIds.Count == all, "every event again after the second Back");
        Assert.Equal("", Driver.FindElement(By.Id("f-type")).GetAttribute("value"));
        Assert.Equal("", Query);

        Driver.Navigate().Forward();
        Driver.Navigate().Forward();
        Browser.Wait(_ => ListedIds.SequenceEqual(visits), "the visits again after Forward");
        Browser.Wait(d => d.FindElement(By.CssSelector("#detail h3")).Text == "Lavrov visits Wonsan.", "the selection again after Forward");
        Assert.Equal("visit", Driver.FindElement(By.Id("f-type")).GetAttribute("value"));
    }

    [Fact]
    public async Task The_Arabic_interface_writes_summaries_places_and_names_in_Arabic_with_each_run_isolated()
    {
        var expected = await ApiEventAsync(SeedTimeline.LateKnownId);
        var summaryAr = expected.GetProperty("summaryAr").GetString()!;
        Assert.Equal("زيارة سيرغي لافروف إلى وونسان.", summaryAr);

        Browser.OpenAddress($"?q=Wonsan&event={SeedTimeline.LateKnownId}&lang=ar");

        Assert.Equal("rtl", Driver.FindElement(By.TagName("html")).GetAttribute("dir"));
        Browser.Wait(_ => ListedIds.SequenceEqual([SeedTimeline.LateKnownId]), "the Wonsan visit alone");
        Assert.Equal("حدث واحد", Driver.FindElement(By.Id("count")).Text);
        var summary = Driver.FindElement(By.CssSelector("#events li .summary bdi"));
        Assert.Equal(summaryAr, summary.Text);
        Assert.Equal("auto", summary.GetAttribute("dir"));
        Assert.Equal("rtl", Script("return getComputedStyle(arguments[0]).direction;", summary));
        // The full stop ends the sentence on its left, where right-to-left text ends, not before its first word.
        Assert.Equal(true, Script("""
            const text = arguments[0].firstChild, range = document.createRange();
            range.setStart(text, 0); range.setEnd(text, 1); const first = range.getBoundingClientRect();
            range.setStart(text, text.length - 1); range.setEnd(text, text.length); const stop = range.getBoundingClientRect();
            return stop.right <= first.left;
            """, summary));
        Assert.Contains("وونسان", Driver.FindElement(By.CssSelector("#events li .meta")).Text, StringComparison.Ordinal);
        Assert.Single(Driver.FindElements(By.CssSelector("#events li .meta bdi[dir='auto']")));

        Browser.Wait(d => d.FindElement(By.CssSelector("#detail h3")).Text == summaryAr, "the Arabic summary in the detail panel");
        var facts = Driver.FindElement(By.CssSelector("#detail dl")).Text;
        Assert.Contains("سيرغي لافروف (فاعل)", facts, StringComparison.Ordinal);
        Assert.Contains("وونسان", facts, StringComparison.Ordinal);
        Assert.Contains("روسيا، كوريا الشمالية", facts, StringComparison.Ordinal);
        Assert.DoesNotContain("Wonsan", facts, StringComparison.Ordinal);
        Assert.Contains("أُنشئ الحدث", Driver.FindElement(By.CssSelector("#detail .history")).Text, StringComparison.Ordinal);
        Assert.Equal("ltr", Script("return getComputedStyle(arguments[0]).direction;", Driver.FindElement(By.CssSelector("#detail .history bdi"))));
    }

    [Fact]
    public void The_errors_the_page_shows_are_in_the_interface_language()
    {
        Browser.OpenAddress("?actor=Nobody&lang=ar");
        var error = Driver.FindElement(By.Id("error"));
        Browser.Wait(_ => error.Displayed, "the error message");
        Assert.Contains("رُفض الاستعلام:", error.Text, StringComparison.Ordinal);
        Assert.Contains("لا يوجد فاعل بهذا الاسم أو المعرّف: Nobody", error.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Unknown actor", error.Text, StringComparison.Ordinal);
        Assert.False(Driver.FindElement(By.Id("empty")).Displayed, "no 'No events match' under an error");

        Driver.FindElement(By.Id("lang")).Click();
        Browser.Wait(_ => error.Text.Contains("Unknown actor 'Nobody'", StringComparison.Ordinal), "the API's English message after switching to English");
        Assert.Contains("The query was refused:", error.Text, StringComparison.Ordinal);

        Browser.OpenAddress("?from=2024-01-01&to=2023-01-01&lang=ar");
        error = Driver.FindElement(By.Id("error"));
        Browser.Wait(_ => error.Displayed, "the error message for a range ending before it starts");
        Assert.Contains("تاريخ النهاية يسبق تاريخ البداية.", error.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("before 'from'", error.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_and_the_empty_message_never_show_together()
    {
        Browser.OpenPage();
        // Record every moment, after any change to the page, at which both are visible.
        Script("""
            window.__bothShown = 0;
            const check = () => {
              if (!document.getElementById('empty').hidden && document.getElementById('count').textContent === 'Loading…') window.__bothShown++;
            };
            new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
            """);
        foreach (var from in new[] { "01012030", "01012031" })
        {
            var box = Driver.FindElement(By.Id("f-from"));
            box.Clear();
            box.SendKeys(from);
            Driver.FindElement(By.Id("apply")).Click();
            Browser.Wait(d => d.FindElement(By.Id("empty")).Displayed && d.FindElement(By.Id("count")).Text == "0 events", "the empty result");
        }
        Driver.FindElement(By.Id("clear")).Click();
        Browser.Wait(_ => ListedIds.Count > 0, "the events after clearing the filters");
        Assert.Equal(0L, Script("return window.__bothShown;"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public void On_a_phone_an_empty_axis_draws_its_date_labels_apart_and_inside_the_axis(string language)
    {
        using var phone = Browser.Viewport(390, 844, mobile: true);
        Browser.OpenAddress("?from=2030-01-01", language);
        Browser.Wait(d => d.FindElement(By.Id("empty")).Displayed, "the empty result");
        var axis = Driver.FindElement(By.Id("axis"));
        var (left, right) = (axis.Location.X, axis.Location.X + axis.Size.Width);
        var boxes = ((IReadOnlyCollection<object>)Script("""
            return [...document.querySelectorAll('#axis .tick text')].map(t => { const r = t.getBoundingClientRect(); return [r.left, r.right]; });
            """)!).Cast<IReadOnlyCollection<object>>().Select(b => b.Select(Convert.ToDouble).ToArray()).OrderBy(b => b[0]).ToList();
        Assert.True(boxes.Count >= 3, $"only {boxes.Count} labels on the axis");
        for (var i = 0; i < boxes.Count; i++)
        {
            Assert.True(boxes[i][0] >= left && boxes[i][1] <= right, $"label {i} spans {boxes[i][0]:F0}–{boxes[i][1]:F0}px, outside the axis {left}–{right}px");
        }
        for (var i = 1; i < boxes.Count; i++)
        {
            Assert.True(boxes[i][0] >= boxes[i - 1][1], $"label {i} starts at {boxes[i][0]:F0}px, before label {i - 1} ends at {boxes[i - 1][1]:F0}px");
        }
    }

    [Theory]
    [InlineData("en", 1280, 800, false)]
    [InlineData("ar", 1280, 800, false)]
    [InlineData("en", 390, 844, true)]
    [InlineData("ar", 390, 844, true)]
    public async Task A_shared_filtered_address_fits_the_screen_on_desktop_and_phone(string language, int width, int height, bool mobile)
    {
        var selected = LavrovMeeting();
        var expected = await ApiIdsAsync(SharedFilters);
        using var viewport = Browser.Viewport(width, height, mobile);
        Browser.OpenAddress($"?{SharedFilters}&event={selected.Id}" + (language == "ar" ? "&lang=ar" : ""));

        Browser.Wait(_ => ListedIds.Count == expected.Count, $"the {expected.Count} events of the shared filters");
        Browser.Wait(d => d.FindElements(By.CssSelector("#detail blockquote")).Count > 0, "the selected event's evidence");
        Assert.Equal(width, Convert.ToInt64(Script("return window.innerWidth;")));
        var overflow = Convert.ToInt64(Script("return document.documentElement.scrollWidth - window.innerWidth;"));
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the {width}px screen");
        Browser.Screenshot($"shared-view-{language}-{width}x{height}");
    }
}
