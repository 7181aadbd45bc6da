using Timeline.ExampleSubscriber;

// Usage: dotnet run --project tools/Timeline.ExampleSubscriber [-- --queue my-app-timeline]
// Broker from RABBITMQ_URI (default amqp://guest:guest@localhost:5672/).
var broker = new Uri(Environment.GetEnvironmentVariable("RABBITMQ_URI") ?? "amqp://guest:guest@localhost:5672/");
var queueIndex = Array.IndexOf(args, "--queue");
var queue = queueIndex >= 0 && queueIndex + 1 < args.Length ? args[queueIndex + 1] : "example-subscriber-timeline";

var view = new TimelineView();
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

await using var subscriber = await TimelineSubscriber.StartAsync(broker, queue, n =>
{
    var applied = view.Apply(n);
    Console.WriteLine(applied ? n.ToString() : $"ignored  v{n.Version} {n.Kind} {n.EventId} (already have v{view.Get(n.EventId)?.Version})");
    return Task.CompletedTask;
}, cancellationToken: stop.Token);

Console.WriteLine($"Listening on queue '{queue}' bound to {string.Join(", ", SubscriptionTopology.All)}. Ctrl+C to stop.");
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    Console.WriteLine($"Stopped; {view.Count} events held.");
}
