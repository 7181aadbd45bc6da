namespace Timeline.EndToEnd.Tests.Infrastructure;

/// <summary>Waits for an eventually-consistent condition and says what it was waiting for when it gives up.</summary>
public static class Poller
{
    public static async Task<T> UntilAsync<T>(string waitingFor, Func<Task<T?>> probe, TimeSpan timeout, Func<string>? diagnostics = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await probe() is { } value)
                {
                    return value;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
            {
                last = e;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException(
            $"Waited {timeout.TotalSeconds:0}s for {waitingFor}." +
            (last is null ? "" : $" Last error: {last.Message}.") +
            (diagnostics is null ? "" : Environment.NewLine + diagnostics()));
    }
}
