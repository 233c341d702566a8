namespace PsFunctions.Bench.Harness;

/// <summary>Requests the simulator counted (faulted ones included): SIS, Enrollment, and per endpoint.</summary>
internal sealed record RequestCounts(long Sis, long Enrollment, IReadOnlyDictionary<string, long> PerEndpoint);
