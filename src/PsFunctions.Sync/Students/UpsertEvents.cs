using System.Globalization;
using System.Text.Json;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Students;

/// <summary>The events of the upsert flow. Data carries ids, the action and field names, never student values.</summary>
internal static class UpsertEvents
{
    public const string Source = "/psfunctions/students";

    /// <summary>
    /// <c>student.upserted</c>: subject <c>student/&lt;dcid&gt;</c>, session key the DCID; <paramref name="changedFields"/>
    /// names the SIS fields the write changed (paths, never their values; empty when it changed none). A later
    /// <paramref name="version"/> (content fingerprint) of a submission gets its own event id; the first version's id is
    /// the submission's alone.
    /// </summary>
    public static IntegrationEvent Upserted(
        string submissionId, long dcid, string action, IReadOnlyList<string> changedFields, DateTimeOffset time, string? version = null)
    {
        var dcidText = dcid.ToString(CultureInfo.InvariantCulture);
        var data = JsonSerializer.SerializeToElement(
            new UpsertedData(submissionId, dcid, action, changedFields), UpsertEventJsonContext.Default.UpsertedData);
        return new IntegrationEvent(
            version is null ? EventIds.For(EventTypes.StudentUpserted, submissionId) : EventIds.For(EventTypes.StudentUpserted, submissionId, version),
            EventTypes.StudentUpserted, Source,
            $"student/{dcidText}", dcidText, time, data);
    }

    /// <summary><c>student.rejected</c>: subject <c>submission/&lt;id&gt;</c>, session key the submission id.</summary>
    public static IntegrationEvent Rejected(Rejection rejection)
    {
        // Field and problem only: a PowerSchool field error's own text (kept in the rule) may quote the value.
        var reasons = rejection.Reasons.Select(reason => new ReasonData(reason.Field, reason.Problem)).ToList();
        var data = JsonSerializer.SerializeToElement(
            new RejectedData(rejection.SubmissionId, rejection.DeliveryTargetId, rejection.BatchId, reasons),
            UpsertEventJsonContext.Default.RejectedData);
        return new IntegrationEvent(
            // The same rejection found again on a retry (same batch, same reasons) gets the same id; a corrected
            // resubmission comes in another batch, so its rejection is a new fact even when the reasons are the same.
            EventIds.For(
                EventTypes.StudentRejected,
                [rejection.SubmissionId, rejection.BatchId, .. rejection.Reasons.Select(reason => $"{reason.Field}:{reason.Problem}")]),
            EventTypes.StudentRejected, Source, $"submission/{rejection.SubmissionId}", rejection.SubmissionId, rejection.RejectedAt, data);
    }

    internal sealed record UpsertedData(string SubmissionId, long Dcid, string Action, IReadOnlyList<string> ChangedFields);

    internal sealed record RejectedData(string SubmissionId, string DeliveryTargetId, string BatchId, IReadOnlyList<ReasonData> Reasons);

    internal sealed record ReasonData(string Field, string Problem);
}
