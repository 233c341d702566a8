namespace PsFunctions.Sync.Audit;

/// <summary>
/// The one place an audit entry's key is made: the submission (or webhook command, <c>webhook-&lt;command id&gt;</c>) id,
/// so the retry of a write that crashed after its POST finds the pending entry its first attempt wrote. A later
/// <paramref name="version"/> of a submission (new content delivered again) is new work with an entry of its own,
/// <c>&lt;submission id&gt;~&lt;version&gt;</c>; the first version keeps the id alone, as its event id does.
/// </summary>
public static class AuditKeys
{
    public static string For(string submissionId, string? version = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(submissionId);
        return string.IsNullOrWhiteSpace(version) ? submissionId : $"{submissionId}~{version}";
    }
}
