using Microsoft.Extensions.Options;

namespace PsFunctions.Sync.Enrollment;

/// <summary>
/// Runs intake for every configured delivery target (<see cref="DeliveryTargetsOptions"/>). A target that
/// fails does not stop the others; the failures are thrown together at the end so the host records the run
/// as failed and the next schedule tries again (intake recovers what a failed run left).
/// </summary>
public sealed class DeliveryTargetPoller(EnrollmentIntake intake, IOptions<DeliveryTargetsOptions> options)
{
    public async Task<IReadOnlyList<IntakeResult>> RunAllAsync(CancellationToken cancellationToken = default)
    {
        var results = new List<IntakeResult>();
        var failures = new List<Exception>();
        foreach (var target in options.Value.Ids)
        {
            try
            {
                results.Add(await intake.RunAsync(target, cancellationToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures.Add(ex);
            }
        }

        return failures.Count == 0
            ? results
            : throw new AggregateException($"Intake failed for {failures.Count} of {options.Value.Ids.Count} delivery targets.", failures);
    }
}
