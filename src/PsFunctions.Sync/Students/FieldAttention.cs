using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Students;

/// <summary>
/// An attention item a planned write raises once it is applied (<see cref="UpsertOutcomeRecorder"/> adds the DCID,
/// the submission and the time): the field, why, what the SIS holds and what the form asked for (student data).
/// </summary>
internal sealed record FieldAttention(string Field, AttentionKind Kind, string? SisValue, string? RequestedValue, string Problem, string Rule)
{
    /// <summary>The item of <paramref name="subject"/>'s submission once its write is applied to student <paramref name="dcid"/> at <paramref name="at"/>.</summary>
    public AttentionItem ToItem(UpsertSubject subject, long dcid, DateTimeOffset at) => new(
        AttentionItem.IdOf(subject.SubmissionId, subject.Version?.Fingerprint ?? subject.RecordJson, Field, Kind),
        subject.SubmissionId, subject.DeliveryTargetId, subject.BatchId, dcid, Field, Kind, SisValue, RequestedValue, Problem, Rule, at);
}
