using Timeline.Loader;

namespace Timeline.Ingestion.Tests;

public sealed class LoaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "timeline-loader-tests", Guid.NewGuid().ToString("N"));

    public LoaderTests() => Directory.CreateDirectory(Path.Combine(_folder, "in"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string In(string name) => Path.Combine(_folder, "in", name);

    [Fact]
    public async Task Loads_a_folder_of_text_html_feed_and_json_files_counting_each_outcome_and_resumes_without_resending()
    {
        await using var host = await IngestionHost.StartAsync();
        File.WriteAllText(In("000.txt"), Pages.LavrovKim);
        File.WriteAllText(In("000-copy.txt"), Pages.LavrovKim);
        File.WriteAllText(In("article.html"), Http.Fixture("article.html"));
        File.WriteAllText(In("feed.rss"), Http.Fixture("feed.rss"));
        File.WriteAllText(In("broken.json"), "{ \"body\": ");
        var statePath = Path.Combine(_folder, "state.json");
        var items = InputCollector.Collect(Path.Combine(_folder, "in"));
        var seen = 0;

        var first = await new BulkLoader(new IngestionClient(host.Client), LoaderState.Load(statePath), "loader-test")
            .RunAsync(items, (_, _) => seen++, Ct);

        Assert.Equal(7, items.Count);
        Assert.Equal(7, seen);
        Assert.Equal(4, first.Accepted);
        Assert.Equal(1, first.Duplicates);
        Assert.Equal(2, first.Rejected.Count);
        Assert.Contains(first.Rejected, r => r.Item == "broken.json" && r.Reason.StartsWith("400", StringComparison.Ordinal));
        Assert.Contains(first.Rejected, r => r.Item.StartsWith("feed.rss", StringComparison.Ordinal) && r.Reason.StartsWith("422", StringComparison.Ordinal));
        Assert.Empty(first.Failed);
        Assert.Equal(4, await host.Store.CountAsync(Ct));

        var second = await new BulkLoader(new IngestionClient(host.Client), LoaderState.Load(statePath), "loader-test")
            .RunAsync(InputCollector.Collect(Path.Combine(_folder, "in")), null, Ct);

        Assert.Equal(7, second.Skipped);
        Assert.Equal(0, second.Sent);
        Assert.Equal(4, await host.Store.CountAsync(Ct));
    }

    [Fact]
    public async Task List_file_sends_each_saved_page_with_its_url()
    {
        await using var host = await IngestionHost.StartAsync();
        File.WriteAllText(In("lavrov.txt"), Pages.LavrovChoe);
        File.WriteAllText(In("putin.txt"), Pages.PutinVisit);
        File.WriteAllText(In("pages.lst"), "# saved pages\nhttps://example.org/lavrov lavrov.txt\nhttps://example.org/putin putin.txt\n");

        var items = InputCollector.Collect(In("pages.lst"));
        var summary = await new BulkLoader(new IngestionClient(host.Client), LoaderState.Load(null)).RunAsync(items, null, Ct);

        Assert.Equal(2, summary.Accepted);
        var urls = new List<string?>();
        await foreach (var article in host.Store.ListAsync(Ct))
        {
            urls.Add(article.Url);
        }
        Assert.Equal(["https://example.org/lavrov", "https://example.org/putin"], urls.Order());
    }

    [Fact]
    public async Task Items_whose_call_failed_stay_unfinished_and_go_through_on_the_next_run()
    {
        File.WriteAllText(In("000.txt"), Pages.LavrovKim);
        var statePath = Path.Combine(_folder, "state.json");
        var items = InputCollector.Collect(Path.Combine(_folder, "in"));
        using (var nowhere = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:9/") })
        {
            var failed = await new BulkLoader(new IngestionClient(nowhere), LoaderState.Load(statePath)).RunAsync(items, null, Ct);
            Assert.Single(failed.Failed);
            Assert.Equal(0, failed.Accepted);
        }

        await using var host = await IngestionHost.StartAsync();
        var retried = await new BulkLoader(new IngestionClient(host.Client), LoaderState.Load(statePath)).RunAsync(items, null, Ct);

        Assert.Equal(1, retried.Accepted);
        Assert.Equal(0, retried.Skipped);
    }

    [Fact]
    public void Feed_file_is_split_into_one_item_per_article_with_stable_keys()
    {
        File.WriteAllText(In("feed.atom"), Http.Fixture("feed.atom"));

        var items = InputCollector.Collect(In("feed.atom"));

        Assert.Equal(2, items.Count);
        Assert.EndsWith("#urn:example:atom-desk:1", items[0].Key, StringComparison.Ordinal);
        Assert.All(items, i => Assert.StartsWith("application/atom+xml", i.ContentType, StringComparison.Ordinal));
        Assert.DoesNotContain("atom-desk:2", items[0].Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_file_that_is_an_article_is_not_mistaken_for_a_list()
    {
        File.WriteAllText(In("article.txt"), Pages.LavrovKimUndated);

        var item = Assert.Single(InputCollector.Collect(In("article.txt")));

        Assert.StartsWith("text/plain", item.ContentType, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "feeds/", "--url", "http://host:9000", "--source", "wire", "--state", "s.json" }, "feeds/", "http://host:9000/", "wire", "s.json")]
    public void Command_line_is_parsed_with_defaults(string[] args, string input, string url, string? source, string state)
    {
        var options = LoaderOptions.Parse(args);

        Assert.Equal(new LoaderOptions(input, new Uri(url), source, state), options);
    }

    [Theory]
    [InlineData("pages")]
    [InlineData("pages/")]
    [InlineData("saved/pages.lst")]
    public void State_file_defaults_to_beside_the_input_not_the_current_folder(string input)
    {
        var options = LoaderOptions.Parse([input]);

        var expected = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input)) + ".loader-state.json";
        Assert.Equal(expected, options.StatePath);
        Assert.Equal(new Uri("http://localhost:8081/"), options.ApiUrl);
    }

    [Fact]
    public void A_state_file_inside_the_loaded_folder_is_not_sent_as_an_article()
    {
        File.WriteAllText(In("article.txt"), "Lavrov met Choe in Moscow.");
        File.WriteAllText(In("old.loader-state.json"), "{\"Done\":[]}");

        var item = Assert.Single(InputCollector.Collect(Path.Combine(_folder, "in")));

        Assert.Equal("article.txt", item.Label);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("a --url")]
    [InlineData("a --bogus x")]
    public void Bad_command_lines_are_refused_with_the_usage(string commandLine)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var ex = Assert.Throws<ArgumentException>(() => LoaderOptions.Parse(args));
        Assert.Contains("usage:", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Leftover temp files do no harm.
        }
    }
}
