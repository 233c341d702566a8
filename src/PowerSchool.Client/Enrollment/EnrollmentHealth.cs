namespace PowerSchool.Client.Enrollment;

/// <summary>The answer of <c>/api/healthz</c> and <c>/connection/test</c>.</summary>
public sealed record EnrollmentHealth(string? Status, string? SoftwareVersion, string? ServerTime)
{
    public bool IsHealthy => string.Equals(Status, "Healthy", StringComparison.OrdinalIgnoreCase);
}
