namespace PsFunctions.Hosting.Setup;

/// <summary>The three answers of <c>/api/health</c>.</summary>
public static class HealthStates
{
    /// <summary>Configured, every secret readable, no poison messages.</summary>
    public const string Healthy = "healthy";

    /// <summary>Configured, but a secret could not be read or work failed for good (poison messages wait for a person).</summary>
    public const string Degraded = "degraded";

    /// <summary>A setting or secret is missing or invalid: the timers and queues wait.</summary>
    public const string NotConfigured = "not configured";
}
