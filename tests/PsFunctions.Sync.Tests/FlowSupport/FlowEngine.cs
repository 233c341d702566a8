using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.FlowSupport;

/// <summary>
/// The engine harness with the flow tests' settings: the flow simulator's delivery target, its two document items,
/// SIS POSTs of at most 10 records (so a dozen submissions make two messages) and 3 deliveries before poison.
/// </summary>
internal static class FlowEngine
{
    /// <summary>The delivery target the flow simulator offers (a GUID, as PowerSchool Enrollment issues them).</summary>
    public const string DeliveryTargetId = "0c8f3d52-6a1e-4b7f-9d20-5e4a7b1c9f03";

    /// <summary>Starts an engine over <paramref name="storage"/>; start another over the same storage to restart it.</summary>
    public static EngineHarness Start(
        SimulatorHost sim, TestStorage storage, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var merged = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["PowerSchool:Sis:MaxRecordsPerPost"] = "10",
            ["Sync:DocumentItems:0"] = "data.documents.birthCertificate",
            ["Sync:DocumentItems:1"] = "data.documents.proofOfResidence",
            ["Sync:Queues:MaxDequeueCount"] = "3",
            ["Sync:DeliveryTargets"] = DeliveryTargetId,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        return EngineHarness.Start(storage, new EngineSetup { Simulator = sim, Settings = merged, Time = time });
    }
}
