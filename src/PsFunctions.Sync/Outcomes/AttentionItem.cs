using System.Security.Cryptography;
using System.Text;

namespace PsFunctions.Sync.Outcomes;

/// <summary>
/// Something a family asked for that the product did not do, kept beside the rejections for a person: the submission,
/// where it came from, the SIS student (<paramref name="Dcid"/>), the field, what the SIS holds and what the form asked
/// for, why (<paramref name="Problem"/> and <paramref name="Rule"/>, as in <see cref="RejectionReason"/>), when, and how
/// it was closed. <paramref name="SisValue"/> and <paramref name="RequestedValue"/> are student data: stored (protected
/// like rejections) and shown to an operator, never logged or put in an event. <paramref name="Id"/> is derived from the
/// submission, the version of its record, the field and the kind (<see cref="IdOf"/>), so a retry meets the same item.
/// </summary>
public sealed record AttentionItem(
    string Id,
    string SubmissionId,
    string DeliveryTargetId,
    string BatchId,
    long Dcid,
    string Field,
    AttentionKind Kind,
    string? SisValue,
    string? RequestedValue,
    string Problem,
    string Rule,
    DateTimeOffset CreatedAt,
    AttentionResolution? Resolution = null)
{
    public bool IsOpen => Resolution is null;

    /// <summary>
    /// The id of the item about <paramref name="field"/> of one version of a submission (<paramref name="recordVersion"/>:
    /// the version's content fingerprint, else the record as delivered, so a corrected resubmission raises its own items):
    /// the first 128 bits of SHA-256, in hex.
    /// </summary>
    public static string IdOf(string submissionId, string recordVersion, string field, AttentionKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(submissionId);
        ArgumentNullException.ThrowIfNull(recordVersion);
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{submissionId}\n{recordVersion}\n{field}\n{kind}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
