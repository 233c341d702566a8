using System.Text.Json;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Applies SIS field values to one existing student (webhook <c>student.update</c>) through the upsert path:
/// the same validation (as an UPDATE), the same ledger (keyed <c>webhook-&lt;command id&gt;</c>, so a command
/// delivered twice is applied once), rejections and events. A student the identifier does not name, or
/// names more than once, is a rejection with its reason; a command whose deliveries are exhausted is one too
/// (<see cref="RejectExhaustedAsync"/>).
/// </summary>
internal sealed class StudentFieldUpdater(
    StudentMatcher matcher, IDistrictSchools schools, StudentPoster poster, UpsertRejectionRecorder rejector, IUpsertLedger ledger)
{
    public async Task ApplyAsync(StudentFieldUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var subject = new UpsertSubject(
            SubmissionId(update), DeliveryTarget(update), update.DeliveryId,
            JsonSerializer.Serialize(update.Fields, UpsertEventJsonContext.Default.IReadOnlyDictionaryStringString));
        if ((await ledger.GetAsync(subject.SubmissionId, cancellationToken))?.State is UpsertState.Succeeded or UpsertState.Rejected)
        {
            return;
        }

        var match = await matcher.FindExistingAsync(update.Dcid, update.StudentNumber, update.StateId, cancellationToken);
        var dcids = match.Dcids;
        if (match.Problem is not null || dcids.Count != 1)
        {
            var reason = match.Problem ?? (dcids.Count == 0
                ? new RejectionReason("student", "names no SIS student", "student.update changes an existing SIS student only")
                : new RejectionReason("student", $"names {dcids.Count} SIS students (DCIDs {string.Join(", ", dcids)})", "the identifier must name exactly one SIS student"));
            await rejector.RejectAsync([(subject, [reason])], cancellationToken);
            return;
        }

        var (write, reasons) = UpsertPlanner.PlanUpdate(subject, dcids[0], update.Fields, await schools.GetAsync(cancellationToken), match.Student);
        if (reasons is not null)
        {
            await rejector.RejectAsync([(subject, reasons)], cancellationToken);
            return;
        }

        await poster.PostAsync([write!], cancellationToken);
    }

    /// <summary>
    /// The command is given up (<paramref name="failure"/>): keeps it in the rejection store under
    /// <c>webhook-&lt;command id&gt;</c> (the failure's problem and rule; no field values) and publishes
    /// <c>student.rejected</c>.
    /// </summary>
    public Task RejectExhaustedAsync(StudentFieldUpdate update, WorkFailure failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(failure);
        return rejector.RejectExhaustedAsync(DeliveryTarget(update), update.DeliveryId, [SubmissionId(update)], failure, cancellationToken);
    }

    private static string SubmissionId(StudentFieldUpdate update) => $"webhook-{update.CommandId}";

    private static string DeliveryTarget(StudentFieldUpdate update) => Rejection.WebhookDeliveryTargetPrefix + update.Source;
}
