using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PsFunctions.Sync.Audit;

/// <summary>
/// Deletes audit entries older than <see cref="AuditOptions.RetentionDays"/>. Both hosts run it on the SIS change
/// poll's timer (<c>SisChangesPoll</c>), as they purge webhook delivery ids.
/// </summary>
public sealed class AuditPurge(IAuditStore audit, IOptions<AuditOptions> options, TimeProvider time, ILogger<AuditPurge> logger)
{
    /// <summary>The oldest time an entry may have been recorded at and still be kept.</summary>
    public DateTimeOffset Cutoff => time.GetUtcNow() - options.Value.Retention;

    /// <summary>Deletes the expired entries; returns how many rows were deleted.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = Cutoff;
        var deleted = await audit.PurgeAsync(cutoff, cancellationToken);
        AuditLog.Purged(logger, deleted, cutoff);
        return deleted;
    }
}
