using System.ComponentModel.DataAnnotations;

namespace PsFunctions.Sync.Status;

/// <summary>How much the status shows, bound from <c>Sync:Status</c>.</summary>
public sealed class SyncStatusOptions
{
    public const string Section = "Sync:Status";

    /// <summary>Intake runs shown per delivery target.</summary>
    [Range(1, 100)]
    public int RunsPerDeliveryTarget { get; init; } = 5;

    /// <summary>Submission ids shown of the oldest rejections waiting for a person.</summary>
    [Range(0, 100)]
    public int OldestRejections { get; init; } = 5;

    /// <summary>Open dead letters shown, oldest first (<c>Sync:Status:OldestDeadLetters</c>).</summary>
    [Range(0, 100)]
    public int OldestDeadLetters { get; init; } = 5;

    /// <summary>Ids shown of the oldest open attention items (<c>Sync:Status:OldestAttentionItems</c>).</summary>
    [Range(0, 100)]
    public int OldestAttentionItems { get; init; } = 5;
}
