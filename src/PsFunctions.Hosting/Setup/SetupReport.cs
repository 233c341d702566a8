using System.Text.Json.Serialization;

namespace PsFunctions.Hosting.Setup;

/// <summary>
/// What the deployment lacks before it can work: settings and secrets that are missing (by name), settings whose
/// value breaks a rule (one message each, naming the setting and the rule), and secrets that exist but could not be
/// read (a role still propagating, the vault unreachable). Names and rules only, never values.
/// </summary>
public sealed record SetupReport(
    IReadOnlyList<string> MissingSettings,
    IReadOnlyList<string> MissingSecrets,
    IReadOnlyList<string> InvalidSettings,
    IReadOnlyList<string> UnreadableSecrets)
{
    /// <summary><c>configured</c> or <c>not configured</c> (<see cref="HealthStates.NotConfigured"/>).</summary>
    [JsonPropertyOrder(-1)]
    public string Status => IsConfigured ? "configured" : HealthStates.NotConfigured;

    /// <summary>Every setting and secret the app needs is there and valid.</summary>
    [JsonIgnore]
    public bool IsConfigured => MissingSettings.Count == 0 && MissingSecrets.Count == 0 && InvalidSettings.Count == 0;

    /// <summary>Configured, and every secret could be read: the timers and queues may work.</summary>
    [JsonIgnore]
    public bool IsReady => IsConfigured && UnreadableSecrets.Count == 0;

    /// <summary>The missing settings and secrets, for a one-line report.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Missing => [.. MissingSettings, .. MissingSecrets];
}
