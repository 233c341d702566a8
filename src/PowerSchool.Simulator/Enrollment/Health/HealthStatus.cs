using System.Globalization;
using System.Text.Json.Serialization;

namespace PowerSchool.Simulator.Enrollment.Health;

/// <summary>The health body; unlike every other resource its names are PascalCase in the reference.</summary>
public sealed record HealthStatus(
    [property: JsonPropertyName("Status")] string Status,
    [property: JsonPropertyName("SoftwareVersion")] string SoftwareVersion,
    [property: JsonPropertyName("DateTimeNow")] string DateTimeNow)
{
    public const string Version = "19.5.1.0";

    // The real service prints its local time and zone name ("7/15/2019 2:40:48 PM (Eastern Standard Time)"); the simulator runs in UTC.
    public static HealthStatus Healthy(DateTimeOffset now) => new(
        "Healthy",
        Version,
        now.UtcDateTime.ToString("M/d/yyyy h:mm:ss tt", CultureInfo.InvariantCulture) + " (Coordinated Universal Time)");
}
