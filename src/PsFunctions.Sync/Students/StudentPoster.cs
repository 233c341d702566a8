using Microsoft.Extensions.Logging;
using PowerSchool.Client.Sis.Students;
using PowerSchool.Client.Sis;
using PowerSchool.Client;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Posts planned writes to the SIS (the client splits them into POSTs of <c>MaxRecordsPerPost</c>) and records
/// each record's outcome. Records whose outcome is unknown stay Posting in the ledger and make this throw
/// <see cref="PowerSchoolOutcomeUnknownException"/>, so the message comes back and they are looked up again.
/// </summary>
internal sealed class StudentPoster(ISisClient sis, UpsertOutcomeRecorder recorder, UpsertRejectionRecorder rejector, ILogger<StudentPoster> logger)
{
    public async Task PostAsync(IReadOnlyList<PlannedWrite> writes, CancellationToken cancellationToken)
    {
        if (writes.Count == 0)
        {
            return;
        }

        // The writes now carry their audit entries (kept from an earlier attempt, or just written as pending).
        writes = await recorder.MarkPostingAsync(writes, cancellationToken);
        IReadOnlyList<StudentWriteOutcome> outcomes;
        try
        {
            outcomes = await sis.WriteStudentsAsync([.. writes.Select(write => write.Write)], cancellationToken);
        }
        catch (PowerSchoolOutcomeUnknownException ex)
        {
            // The POSTs answered before the ambiguous one still count.
            await RecordAsync(writes, ex.CompletedOutcomes, cancellationToken);
            throw;
        }

        await RecordAsync(writes, outcomes, cancellationToken);
        var unknown = outcomes.Where(outcome => outcome.Status == StudentWriteStatus.Unknown).Select(outcome => outcome.ClientUid).ToList();
        if (unknown.Count > 0)
        {
            throw new PowerSchoolOutcomeUnknownException(
                $"PowerSchool answered the student POST without an outcome for {unknown.Count} record(s); they are looked up again on the next delivery.")
            {
                UnknownClientUids = unknown,
                Operation = "POST /ws/v1/student",
                IsTransient = true,
            };
        }
    }

    private async Task RecordAsync(IReadOnlyList<PlannedWrite> writes, IReadOnlyList<StudentWriteOutcome> outcomes, CancellationToken cancellationToken)
    {
        var byUid = writes.ToDictionary(write => write.Write.ClientUid!, StringComparer.Ordinal);
        var applied = new List<(PlannedWrite, long)>();
        var rejected = new List<(UpsertSubject, IReadOnlyList<RejectionReason>)>();
        var refused = new List<PlannedWrite>();
        foreach (var outcome in outcomes)
        {
            if (!byUid.TryGetValue(outcome.ClientUid, out var write))
            {
                continue;
            }

            if (outcome is { Status: StudentWriteStatus.Succeeded, Dcid: { } dcid })
            {
                applied.Add((write, dcid));
                StudentUpsertLog.Applied(logger, write.Subject.SubmissionId, dcid, write.ReportedAction);
                foreach (var attention in write.Attention)
                {
                    StudentUpsertLog.AttentionKept(logger, write.Subject.SubmissionId, dcid, attention.Field, attention.Kind.ToString());
                }
            }
            else if (outcome.Status == StudentWriteStatus.Failed)
            {
                rejected.Add((write.Subject, FieldErrors(outcome)));
                refused.Add(write);
                StudentUpsertLog.RefusedBySis(logger, write.Subject.SubmissionId, outcome.Errors.Count);
            }
            else
            {
                StudentUpsertLog.OutcomeUnknown(logger, write.Subject.SubmissionId);
            }
        }

        await recorder.SucceededAsync(applied, cancellationToken);
        await recorder.RefusedAsync(refused, cancellationToken);
        await rejector.RejectAsync(rejected, cancellationToken);
    }

    private static IReadOnlyList<RejectionReason> FieldErrors(StudentWriteOutcome outcome) =>
        outcome.Errors.Count == 0
            ? [new RejectionReason("student", "refused by PowerSchool without a field error", "POST /ws/v1/student")]
            : [.. outcome.Errors.Select(error => new RejectionReason(
                string.IsNullOrWhiteSpace(error.Field) ? "student" : error.Field.Replace('/', '.'),
                $"refused by PowerSchool (code {error.Code ?? "none"})",
                // PowerSchool's own text may quote the value: it stays in the protected rejection store only.
                $"PowerSchool: {error.Description}"))];
}
