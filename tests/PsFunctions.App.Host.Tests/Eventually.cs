namespace PsFunctions.App.Host.Tests;

/// <summary>
/// Waits for a condition the host brings about on its own schedule (a queue trigger, a retry): checks it every half
/// second until it holds, and fails with <paramref name="what"/> and the host's last lines at the deadline. A wait for a
/// condition, never for a guessed time.
/// </summary>
internal static class Eventually
{
    public static async Task<T> UntilAsync<T>(Func<CancellationToken, Task<T?>> probe, TimeSpan timeout, string what, Func<IEnumerable<string>>? diagnostics = null)
        where T : class
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            try
            {
                if (await probe(deadline.Token) is { } result)
                {
                    return result;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(500), deadline.Token);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                var lines = diagnostics?.Invoke() ?? [];
                throw new TimeoutException($"Not within {timeout}: {what}.{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
            }
        }
    }

    public static Task UntilAsync(Func<CancellationToken, Task<bool>> condition, TimeSpan timeout, string what, Func<IEnumerable<string>>? diagnostics = null) =>
        UntilAsync<object>(async token => await condition(token) ? new object() : null, timeout, what, diagnostics);
}
