using PowerSchool.Simulator.Enrollment;

namespace PowerSchool.Simulator.Tests.Enrollment;

/// <summary>Paths of the default delivery target, spelled once.</summary>
internal static class EnrollmentPaths
{
    public const string Target = $"/api/v1/deliverytargets/{EnrollmentOptions.DefaultDeliveryTargetId}";
    public const string CreateBatch = Target + "/createbatch";
    public const string GetBatches = Target + "/getbatches";

    public static string ResetBatch(string batchId) => $"{Target}/resetbatch/{batchId}";
}
