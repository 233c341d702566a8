using System.Text.Json.Serialization;

namespace PowerSchool.Client.Enrollment;

/// <summary>The answer of <c>/api/healthz</c> and <c>/connection/test</c>.</summary>
public sealed record EnrollmentHealth(
    [property: JsonPropertyName("Status")] string? Status,
    [property: JsonPropertyName("SoftwareVersion")] string? SoftwareVersion,
    [property: JsonPropertyName("DateTimeNow")] string? ServerTime)
{
    public bool IsHealthy => string.Equals(Status, "Healthy", StringComparison.OrdinalIgnoreCase);
}
