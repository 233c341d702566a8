namespace PsFunctions.Sync.Outcomes;

/// <summary>
/// A submission that could not be applied, kept with its reasons for a person to fix and replay.
/// <paramref name="RecordJson"/> is the delivery record as received (protected data: stored, never logged).
/// A rejected webhook <c>student.update</c> command has delivery target <c>webhook:&lt;source&gt;</c>
/// (<see cref="IsWebhookCommand"/>): it has no stored batch to replay from. A refused document is kept under
/// <see cref="DocumentKey"/> (<see cref="IsDocument"/>) with its one-document mirror message as <paramref name="RecordJson"/>;
/// a batch record intake could not read under <see cref="UnreadableRecordKey"/> (<see cref="IsUnreadableRecord"/>).
/// A rejection whose submission came again with new content that was then applied or rejected anew is
/// <see cref="SupersededByBatchId"/> that later delivery's batch: kept for the record, no longer waiting for a person.
/// </summary>
public sealed record Rejection(
    string SubmissionId,
    string DeliveryTargetId,
    string BatchId,
    string RecordJson,
    IReadOnlyList<RejectionReason> Reasons,
    DateTimeOffset RejectedAt,
    bool Resolved = false)
{
    /// <summary>The batch whose later delivery of the submission superseded this rejection, or null.</summary>
    public string? SupersededByBatchId { get; init; }

    public bool IsSuperseded => SupersededByBatchId is not null;

    public const string WebhookDeliveryTargetPrefix = "webhook:";

    public const string DocumentKeyInfix = ":document:";

    public const string UnreadableRecordKeyInfix = ":record:";

    public bool IsWebhookCommand => DeliveryTargetId.StartsWith(WebhookDeliveryTargetPrefix, StringComparison.Ordinal);

    public bool IsDocument => SubmissionId.Contains(DocumentKeyInfix, StringComparison.Ordinal);

    public bool IsUnreadableRecord => SubmissionId.Contains(UnreadableRecordKeyInfix, StringComparison.Ordinal);

    /// <summary>The key of a refused document's rejection: apart from its submission's own rejection.</summary>
    public static string DocumentKey(string submissionId, string objectId) => submissionId + DocumentKeyInfix + objectId;

    /// <summary>The key of a batch record that could not be read (no id, no data, a repeated id): its batch and its place in it.</summary>
    public static string UnreadableRecordKey(string batchId, int index) =>
        batchId + UnreadableRecordKeyInfix + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
