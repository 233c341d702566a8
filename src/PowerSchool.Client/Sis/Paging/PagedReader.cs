using System.Runtime.CompilerServices;

namespace PowerSchool.Client.Sis.Paging;

/// <summary>
/// Reads numbered pages with a bounded number in flight and yields their items in page order, so a
/// caller sees every record once and in PowerSchool's order while several pages download at once.
/// The number of pages comes from the count taken first; records added after it are left to the next
/// read (change tracking picks them up), so a read costs exactly count + pages requests.
/// </summary>
internal static class PagedReader
{
    public static async IAsyncEnumerable<T> ReadAsync<T>(
        long total,
        int pageSize,
        int parallelism,
        Func<int, CancellationToken, Task<IReadOnlyList<T>>> fetchPage,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var pages = (int)((total + pageSize - 1) / pageSize);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var inFlight = new Queue<Task<IReadOnlyList<T>>>();
        var next = 1;
        try
        {
            while (inFlight.Count < parallelism && next <= pages)
            {
                inFlight.Enqueue(fetchPage(next++, stop.Token));
            }

            while (inFlight.Count > 0)
            {
                var items = await inFlight.Dequeue();
                if (next <= pages)
                {
                    inFlight.Enqueue(fetchPage(next++, stop.Token));
                }

                foreach (var item in items)
                {
                    yield return item;
                }
            }
        }
        finally
        {
            await stop.CancelAsync();
            await DrainAsync(inFlight);
        }
    }

    private static async Task DrainAsync<T>(Queue<Task<IReadOnlyList<T>>> inFlight)
    {
        foreach (var task in inFlight)
        {
            try
            {
                await task;
            }
            catch (Exception ex) when (ex is OperationCanceledException or PowerSchoolException or HttpRequestException)
            {
                // The reader stopped (early exit or an earlier page failed); this page's result is not needed.
            }
        }
    }
}
