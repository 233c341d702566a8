using System.ComponentModel.DataAnnotations;

namespace PsFunctions.Sync.Enrollment;

/// <summary>
/// The Enrollment delivery targets this deployment polls, bound from <c>Sync:DeliveryTargets</c>: one
/// comma-separated string (an app setting is a single string), e.g. <c>5b0d7c0e-…,9a8b…</c>.
/// </summary>
public sealed class DeliveryTargetsOptions
{
    public const string Section = "Sync";

    [Required(ErrorMessage = "Sync:DeliveryTargets is required: the comma-separated Enrollment delivery target ids to poll.")]
    [MinLength(1)]
    public string DeliveryTargets { get; set; } = string.Empty;

    /// <summary>The ids, trimmed, without empty entries or repeats.</summary>
    public IReadOnlyList<string> Ids =>
        DeliveryTargets.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
}
