namespace PsFunctions.Sync.Audit;

/// <summary>Where the write an audit entry records came from.</summary>
public enum AuditSource
{
    /// <summary>An Enrollment submission of a delivered batch.</summary>
    Batch,

    /// <summary>A webhook <c>student.update</c> command.</summary>
    Webhook,
}
