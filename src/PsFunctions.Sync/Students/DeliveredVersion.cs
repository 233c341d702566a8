namespace PsFunctions.Sync.Students;

/// <summary>
/// One delivery of a submission: its content <see cref="Fingerprint"/> (<see cref="SubmissionFingerprint"/>), and the
/// batch that delivered it with the batch's creation time (<see cref="DeliveredAt"/>, null when the batch names none).
/// </summary>
internal sealed record DeliveredVersion(string Fingerprint, string DeliveryTargetId, string BatchId, DateTimeOffset? DeliveredAt);
