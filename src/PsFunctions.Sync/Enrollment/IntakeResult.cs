namespace PsFunctions.Sync.Enrollment;

/// <summary>
/// What one intake run did for a delivery target: the batch createbatch returned (null when it was empty),
/// its records, the work messages sent, and the batches recovered (stored earlier but not fully enqueued)
/// or reset (delivered by PowerSchool but never stored here), records quarantined and an answer that could not be read. <see cref="AnotherRunInProgress"/> says the run
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

    /// <summary>Records of the batch that could not be read (no id, no data, a repeated id), kept as rejections instead.</summary>
    public int QuarantinedRecords { get; init; }

    /// <summary>The archive name of a createbatch answer that was not a batch with an id (kept, nothing else done); null otherwise.</summary>
    public string? UnreadableBatch { get; init; }

    public static IntakeResult Busy(string deliveryTargetId) => new(deliveryTargetId, null, 0, 0, 0, 0, 0) { AnotherRunInProgress = true };
}
