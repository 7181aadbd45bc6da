using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Contracts;
using Timeline.ServiceDefaults.Outbox;
using Timeline.Storage.Outbox;

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

    [Fact]
    public async Task The_dispatcher_renews_its_lease_only_after_half_of_it_has_passed_not_on_every_round()
    {
        CountingOutbox? counting = null;
        await using var host = await IngestionHost.StartAsync(configure: b =>
        {
            var original = b.Services.Last(d => d.ServiceType == typeof(IOutbox));
            b.Services.Remove(original);
            b.Services.AddSingleton<IOutbox>(sp => counting = new CountingOutbox((IOutbox)original.ImplementationFactory!(sp)));
        });
        await host.HoldPublishingAsync();
        var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();
        var leasesBefore = counting!.LeaseCalls;

        for (var i = 0; i < 3; i++)
        {
            await host.Client.PostAsync($"Russian Foreign Minister Sergei Lavrov met Choe Son Hui in Moscow on {i + 1} March 2024.", "text/plain");
            Assert.Equal(1, await dispatcher.PublishPendingAsync(Ct));
        }

        Assert.True(counting.LeaseCalls - leasesBefore <= 1, $"{counting.LeaseCalls - leasesBefore} lease writes for three rounds");
    }

    /// <summary>The real outbox, counting lease acquisitions (each a write transaction).</summary>
    private sealed class CountingOutbox(IOutbox inner) : IOutbox
    {
        private int _leaseCalls;

        public int LeaseCalls => Volatile.Read(ref _leaseCalls);

        public Task<bool> TryAcquireLeaseAsync(string stream, string owner, TimeSpan duration, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _leaseCalls);
            return inner.TryAcquireLeaseAsync(stream, owner, duration, cancellationToken);
        }

        public Task<IReadOnlyList<OutboxMessage>> PeekAsync(string stream, int max, CancellationToken cancellationToken) => inner.PeekAsync(stream, max, cancellationToken);

        public Task RemoveAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) => inner.RemoveAsync(ids, cancellationToken);

        public Task<long> CountAsync(string stream, CancellationToken cancellationToken) => inner.CountAsync(stream, cancellationToken);
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
