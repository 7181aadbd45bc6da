using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Contracts;
using Timeline.ServiceDefaults.Outbox;

namespace Timeline.Ingestion.Tests;

public class OutboxBatchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_publish_failing_inside_a_batch_removes_the_messages_before_it_and_keeps_it_and_the_rest_for_the_next_round()
    {
        await using var host = await IngestionHost.StartAsync();
        await host.HoldPublishingAsync();
        var ids = new List<string>();
        foreach (var page in new[] { Pages.PutinVisit, Pages.LavrovKim, "Russian Defence Minister Andrei Belousov met Kim Jong Un in Pyongyang on 29 November 2024." })
        {
            ids.Add((await (await host.Client.PostAsync(page, "text/plain")).JsonAsync()).GetProperty("articles")[0].Str("id"));
        }
        Assert.Equal(3, await host.PendingMessagesAsync());

        var refuse = new RefusingObserver(ids[1]);
        using (host.Services.GetRequiredService<IBus>().ConnectPublishObserver(refuse))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => host.Services.GetRequiredService<OutboxDispatcher>().PublishPendingAsync(Ct));
        }
        Assert.Equal(2, await host.PendingMessagesAsync());

        Assert.Equal(2, await host.Services.GetRequiredService<OutboxDispatcher>().PublishPendingAsync(Ct));
        Assert.Equal(0, await host.PendingMessagesAsync());
        var published = await host.Published.WaitForAsync(3);
        Assert.All(ids, id => Assert.Contains(published, m => m.ArticleId == id));
    }

    /// <summary>Fails the publish of one article's message, as a broker refusing it would.</summary>
    private sealed class RefusingObserver(string articleId) : IPublishObserver
    {
        public Task PrePublish<T>(PublishContext<T> context)
            where T : class =>
            context.Message is ArticleAccepted accepted && accepted.ArticleId == articleId
                ? throw new InvalidOperationException("refused")
                : Task.CompletedTask;

        public Task PostPublish<T>(PublishContext<T> context)
            where T : class => Task.CompletedTask;

        public Task PublishFault<T>(PublishContext<T> context, Exception exception)
            where T : class => Task.CompletedTask;
    }
}
