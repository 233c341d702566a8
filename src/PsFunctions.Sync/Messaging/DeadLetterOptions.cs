using System.ComponentModel.DataAnnotations;

namespace PsFunctions.Sync.Messaging;

/// <summary>How work that is given up is kept, bound from <c>Sync:DeadLetters</c>.</summary>
public sealed class DeadLetterOptions
{
    public const string Section = "Sync:DeadLetters";

    /// <summary>
    /// How long writing a dead letter and the handler's last-delivery step may take (<c>Sync:DeadLetters:WriteTimeout</c>):
    /// a timeout of their own, so a cancelled invocation (host shutdown, function timeout) still records what it gives up.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
