using System.ComponentModel.DataAnnotations;

namespace PsFunctions.Sync.Audit;

/// <summary>How long the audit of student writes is kept, bound from <c>Sync:Audit</c>.</summary>
public sealed class AuditOptions
{
    public const string Section = "Sync:Audit";

    /// <summary>
    /// Days an audit entry is kept (<c>Sync:Audit:RetentionDays</c>, 1 to 3650); older ones are purged on the SIS
    /// change poll's timer, so the table does not grow forever.
    /// </summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 400;

    public TimeSpan Retention => TimeSpan.FromDays(RetentionDays);
}
