namespace PsFunctions.Sync.Audit;

/// <summary>
/// Where an audit entry stands. <see cref="Pending"/> is written before the POST, so a crash after PowerSchool applied
/// the write (and before it was confirmed) does not lose what it changed; <see cref="Applied"/> once PowerSchool said
/// it succeeded. A write PowerSchool refused has its pending entry deleted: it changed nothing.
/// </summary>
public enum AuditState
{
    Pending,
    Applied,
}
