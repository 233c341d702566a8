namespace PsFunctions.Sync.Enrollment;

/// <summary>One intake run for a delivery target: when, which batch (an empty batch's id too, so a later run knows it holds nothing), how many records.</summary>
public sealed record IntakeRun(
    string DeliveryTargetId,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    string? BatchId,
    int RecordCount,
    int RecoveredBatches,
    string Outcome);
