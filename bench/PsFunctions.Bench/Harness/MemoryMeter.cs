using System.Diagnostics;

namespace PsFunctions.Bench.Harness;

/// <summary>
/// Measures the memory of this (the bench) process over one phase. Peak working set: Linux's VmHWM, which
/// <see cref="Process.PeakWorkingSet64"/> reads, reset at the start of the phase through
/// <c>/proc/self/clear_refs</c> (where allowed); it covers everything in the process, the in-process simulator
/// included. Peak managed heap: <see cref="GC.GetTotalMemory(bool)"/> sampled every 20 ms, plus the heap size
/// <see cref="GC.GetGCMemoryInfo()"/> reports at the end.
/// </summary>
internal sealed class MemoryMeter : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private readonly long _workingSetAtStart;
    private long _peakManaged;

    private MemoryMeter(bool peakReset)
    {
        PeakReset = peakReset;
        using var process = Process.GetCurrentProcess();
        _workingSetAtStart = process.WorkingSet64;
        _peakManaged = GC.GetTotalMemory(false);
        _sampler = SampleAsync(_stop.Token);
    }

    /// <summary>Whether the kernel's peak was reset at the start (false: the peak may predate the phase).</summary>
    public bool PeakReset { get; }

    public static MemoryMeter Start()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return new MemoryMeter(TryResetPeak());
    }

    public async Task<MemoryFigures> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampler;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new MemoryFigures(
            ToMb(process.PeakWorkingSet64), ToMb(_workingSetAtStart), ToMb(Interlocked.Read(ref _peakManaged)), ToMb(GC.GetGCMemoryInfo().HeapSizeBytes), PeakReset);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampler;
        _stop.Dispose();
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var now = GC.GetTotalMemory(false);
                if (now > Interlocked.Read(ref _peakManaged))
                {
                    Interlocked.Exchange(ref _peakManaged, now);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The phase ended.
        }
    }

    // Writing 5 to clear_refs resets the peak resident set size (VmHWM) of the process (Linux 4.0+).
    private static bool TryResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DirectoryNotFoundException or FileNotFoundException)
        {
            return false;
        }
    }

    private static double ToMb(long bytes) => Math.Round(bytes / (1024.0 * 1024.0), 1);
}
