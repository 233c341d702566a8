namespace PsFunctions.Sync.Audit;

/// <summary>
/// The one place an audit entry's key is made. Today a submission (or webhook command, <c>webhook-&lt;command id&gt;</c>)
/// is applied once, so its id is the key: the retry of a write that crashed after its POST finds its pending entry.
/// When a submission can be applied again with new content, the key becomes that version's key (as the ledger's).
/// </summary>
public static class AuditKeys
{
    public static string For(string submissionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(submissionId);
        return submissionId;
    }
}
