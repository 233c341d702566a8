using System.Text.Json.Nodes;

namespace PsFunctions.Bench.Harness;

/// <summary>Memory of the bench process over one phase, in MiB (see <see cref="MemoryMeter"/> for what each is).</summary>
internal sealed record MemoryFigures(double PeakWorkingSetMb, double WorkingSetAtStartMb, double PeakManagedHeapMb, double HeapSizeAtEndMb, bool PeakReset)
{
    public JsonObject ToJson() => new()
    {
        ["peak_working_set_mb"] = PeakWorkingSetMb,
        ["working_set_at_start_mb"] = WorkingSetAtStartMb,
        ["peak_managed_heap_mb"] = PeakManagedHeapMb,
        ["gc_heap_size_at_end_mb"] = HeapSizeAtEndMb,
        ["peak_reset_at_start"] = PeakReset,
    };
}
