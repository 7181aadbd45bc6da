using Timeline.Loader;

namespace Timeline.Ingestion.Tests;

/// <summary>The loader sends its key as X-Api-Key; a refused key leaves items to retry rather than marking them done.</summary>
public sealed class LoaderKeyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_loader_posts_with_its_key_and_without_one_every_item_fails_and_stays_to_retry()
    {
        await using var host = await IngestionHost.StartAsync();
        IReadOnlyList<LoadItem> items = [new LoadItem("000", "000.txt", SeedPages.Read("000"), "text/plain", null)];
        var state = LoaderState.Load(null);

        var refused = await new BulkLoader(new IngestionClient(host.Anonymous), state).RunAsync(items, null, Ct);
        var loaded = await new BulkLoader(new IngestionClient(host.Anonymous, IngestionHost.IngestOnlyKey), state).RunAsync(items, null, Ct);

        Assert.StartsWith("401", Assert.Single(refused.Failed).Reason, StringComparison.Ordinal);
        Assert.Equal(0, refused.Skipped);
        Assert.Equal(1, loaded.Accepted);
        Assert.Equal(1, await host.Store.CountAsync(Ct));
    }

    [Fact]
    public void The_api_key_option_sets_the_key_the_loader_sends()
    {
        Assert.Equal("tk_cli", LoaderOptions.Parse(["pages", "--api-key", "tk_cli"]).ApiKey);
    }
}
