using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Contracts;
using Timeline.Extraction.Consumers;
using Timeline.Extraction.Extraction;

namespace Timeline.Extraction.Tests.Consumers;

public class ArticleAcceptedConsumerTests
{
    private static async Task<(ITestHarness Harness, ServiceProvider Provider)> StartAsync()
    {
        var provider = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddSingleton(EventExtractor.Default)
            .AddLogging()
            .AddMassTransitTestHarness(x => x.AddConsumer<ArticleAcceptedConsumer, ArticleAcceptedConsumerDefinition>())
            .BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        return (harness, provider);
    }

    private static ArticleAccepted Article(string id, string body) => new()
    {
        ArticleId = id,
        Source = "test",
        Language = "ar",
        Body = body,
        PublishedAt = new DateTimeOffset(2023, 10, 19, 8, 0, 0, TimeSpan.Zero),
        ContentHash = id,
        AcceptedAt = DateTimeOffset.UtcNow,
    };

    [Fact]
    public async Task Publishes_the_mentions_of_an_article_with_the_extractor_version()
    {
        var (harness, provider) = await StartAsync();
        await using var _ = provider;
        await harness.Bus.Publish(Article("a-1", "اجتمع وزير الخارجية الروسي سيرغي لافروف مع زعيم كوريا الشمالية كيم جونغ أون في بيونغ يانغ الخميس."), TestContext.Current.CancellationToken);
        Assert.True(await harness.Published.Any<EventsExtracted>(TestContext.Current.CancellationToken));
        var message = harness.Published.Select<EventsExtracted>(TestContext.Current.CancellationToken).Single().Context.Message;
        Assert.Equal("a-1", message.ArticleId);
        Assert.Equal(EventExtractor.Default.Version, message.ExtractorVersion);
        var meeting = Assert.Single(message.Events);
        Assert.Equal("2023-10-19", meeting.Date?.Value);
    }

    [Fact]
    public async Task Publishes_an_empty_result_so_a_reprocessed_article_loses_its_stale_mentions()
    {
        var (harness, provider) = await StartAsync();
        await using var _ = provider;
        await harness.Bus.Publish(Article("a-2", "قال رئيس الوزراء الياباني إنه سيبقى في منصبه."), TestContext.Current.CancellationToken);
        Assert.True(await harness.Published.Any<EventsExtracted>(TestContext.Current.CancellationToken));
        Assert.Empty(harness.Published.Select<EventsExtracted>(TestContext.Current.CancellationToken).Single().Context.Message.Events);
    }

    [Fact]
    public async Task Bad_input_fails_once_without_retries()
    {
        var (harness, provider) = await StartAsync();
        await using var _ = provider;
        await harness.Bus.Publish(Article("", "نص"), TestContext.Current.CancellationToken);
        var consumer = harness.GetConsumerHarness<ArticleAcceptedConsumer>();
        // The fault is published once retrying has given up, and says how many retries there were; the harness lists a
        // message once however often it was consumed, so its list cannot tell.
        Assert.True(await harness.Published.Any<Fault<ArticleAccepted>>(TestContext.Current.CancellationToken));
        var fault = harness.Published.Select<Fault<ArticleAccepted>>(TestContext.Current.CancellationToken).Single().Context;
        Assert.Equal(0, fault.Headers.Get<int>("MT-Fault-RetryCount") ?? 0);
        Assert.IsType<ArgumentException>(Assert.Single(consumer.Consumed.Select<ArticleAccepted>(TestContext.Current.CancellationToken)).Exception);
        Assert.False(await harness.Published.Any<EventsExtracted>(TestContext.Current.CancellationToken));
    }
}
