namespace PsFunctions.Sync.Enrollment;

/// <summary>
/// What one intake run did for a delivery target: the batch createbatch returned (null when it was empty),
/// its records, the work messages sent, and the batches recovered (stored earlier but not fully enqueued)
/// or reset (delivered by PowerSchool but never stored here). <see cref="AnotherRunInProgress"/> says the run
/// did nothing because another run for the target held the intake lock.
/// </summary>
public sealed record IntakeResult(
    string DeliveryTargetId,
    string? BatchId,
    int RecordCount,
    int UpsertMessages,
    int DocumentMessages,
    int RecoveredBatches,
    int ResetBatches)
{
    public bool AnotherRunInProgress { get; init; }

    public static IntakeResult Busy(string deliveryTargetId) => new(deliveryTargetId, null, 0, 0, 0, 0, 0) { AnotherRunInProgress = true };
}
