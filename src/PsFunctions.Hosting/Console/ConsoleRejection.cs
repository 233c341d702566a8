using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Hosting.Console;

/// <summary>
/// One rejection on the console's work list: ids, the reasons (field, problem, rule) and, for signed-in staff only (the
/// console answers nobody else), the submission's values as received (<see cref="RecordJson"/>; never logged).
/// </summary>
public sealed record ConsoleRejection(
    string SubmissionId,
    string DeliveryTargetId,
    string BatchId,
    DateTimeOffset RejectedAt,
    bool Replayable,
    IReadOnlyList<RejectionReason> Reasons,
    string RecordJson)
{
    public static ConsoleRejection From(Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        return new ConsoleRejection(
            rejection.SubmissionId, rejection.DeliveryTargetId, rejection.BatchId, rejection.RejectedAt,
            !rejection.IsWebhookCommand && !rejection.IsUnreadableRecord, rejection.Reasons, rejection.RecordJson);
    }
}
