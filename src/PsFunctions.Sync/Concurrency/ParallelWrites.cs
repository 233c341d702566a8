namespace PsFunctions.Sync.Concurrency;

/// <summary>
/// Runs independent storage writes of one step (ledger rows, claim releases, work messages) a few at a time
/// instead of one after another; the step ends when every write has, and the first failure is thrown.
/// </summary>
internal static class ParallelWrites
{
    public const int MaxWritesInFlight = 8;

    public static Task ForEachAsync<T>(IEnumerable<T> items, Func<T, CancellationToken, Task> write, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            items,
            new ParallelOptions { MaxDegreeOfParallelism = MaxWritesInFlight, CancellationToken = cancellationToken },
            (item, token) => new ValueTask(write(item, token)));
}
