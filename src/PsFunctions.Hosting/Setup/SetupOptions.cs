using System.ComponentModel.DataAnnotations;

namespace PsFunctions.Hosting.Setup;

/// <summary>How often the setup is checked again and how long work waits while it is incomplete (configuration section <c>Setup</c>).</summary>
public sealed class SetupOptions
{
    public const string SectionName = "Setup";

    /// <summary><c>Setup:RecheckInterval</c>: a report is reused this long, so health probes cost no vault or storage calls in between; a secret added later shows after at most this long.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "Setup:RecheckInterval must be between 00:00:00 and 01:00:00.")]
    public TimeSpan RecheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary><c>Setup:DeferDelay</c>: a queue message that arrives while the setup is incomplete comes back as a fresh message after this long.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "Setup:DeferDelay must be between 00:00:01 and 7.00:00:00.")]
    public TimeSpan DeferDelay { get; set; } = TimeSpan.FromMinutes(5);
}
