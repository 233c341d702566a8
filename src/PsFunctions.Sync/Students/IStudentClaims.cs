namespace PsFunctions.Sync.Students;

/// <summary>
/// Short-lived claims on a student's identity (Table storage in Azure). An upsert attempt holds the claim
/// from its SIS lookup until its outcome is recorded, so two instances handling the same new child at the
/// same moment cannot both INSERT it: the second waits and then finds the student the first created.
/// Claim keys are hashes (<see cref="StudentClaimKeys"/>), never names or birth dates.
/// </summary>
public interface IStudentClaims
{
    /// <summary>
    /// True when <paramref name="owner"/> holds the claim until <paramref name="expiresAt"/>: it was free, it
    /// had expired at <paramref name="now"/>, or the owner already held it. False while another owner holds it.
    /// </summary>
    Task<bool> TryClaimAsync(string claimKey, string owner, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// True when <paramref name="owner"/> has held the claim without a break since it took it, now extended to
    /// <paramref name="expiresAt"/>: even past its expiry, as long as no other owner took it meanwhile (and so none
    /// can have released it). False when the claim is gone or another owner's: what it guarded may have changed.
    /// </summary>
    Task<bool> RenewAsync(string claimKey, string owner, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);

    /// <summary>Frees the claim if <paramref name="owner"/> still holds it; otherwise does nothing.</summary>
    Task ReleaseAsync(string claimKey, string owner, CancellationToken cancellationToken = default);
}
