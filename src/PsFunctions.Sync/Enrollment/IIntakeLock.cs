namespace PsFunctions.Sync.Enrollment;

/// <summary>
/// Lets one intake run per delivery target work at a time, across instances and hosts (a blob lease in Azure):
/// the timer's run and a webhook's <c>enrollment.poll</c> must not both take batches, or one run's orphan
/// search could reset the batch the other has just taken.
/// </summary>
public interface IIntakeLock
{
    /// <summary>The held lock (dispose it to release; watch <see cref="IIntakeLease.Lost"/>), or null while another run holds it.</summary>
    Task<IIntakeLease?> TryAcquireAsync(string deliveryTargetId, CancellationToken cancellationToken = default);
}
