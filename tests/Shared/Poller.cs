namespace Timeline.Tests;

/// <summary>
/// Waits for an eventually-consistent condition and says what it was waiting for when it gives up. The only waiting the
/// tests do: a positive condition polled until a deadline, never a fixed pause before a negative check.
/// </summary>
internal static class Poller
{
    /// <summary>Polls <paramref name="probe"/> until it returns a value; transient HTTP and state errors count as "not yet".</summary>
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
            await Task.Delay(250); // allow-delay: poll interval while waiting for a positive condition
        }
        throw new TimeoutException(
            $"Waited {timeout.TotalSeconds:0}s for {waitingFor}." +
            (last is null ? "" : $" Last error: {last.Message}.") +
            (diagnostics is null ? "" : Environment.NewLine + diagnostics()));
    }

    /// <summary>Polls an in-process <paramref name="condition"/> every 20 ms until it holds; fails the test, saying what it waited for, after <paramref name="timeout"/>.</summary>
    public static async Task UntilAsync(string waitingFor, Func<bool> condition, TimeSpan timeout, Func<string>? diagnostics = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Waited {timeout.TotalSeconds:0}s for {waitingFor}." + (diagnostics is null ? "" : " " + diagnostics()));
            await Task.Delay(20, TestContext.Current.CancellationToken); // allow-delay: poll interval while waiting for a positive condition
        }
    }
}
