using Microsoft.Extensions.Logging;

namespace PsFunctions.Sync.Messaging;

/// <summary>
/// What becomes of a delivery whose handler threw, the same for every queue. An outage (<see cref="TransientWork"/>)
/// is settled here: the message goes back later as a fresh message (<see cref="WorkDeferral"/>), or, once its
/// deferrals have run out, is kept as a dead letter; either way the host deletes the delivery. Any other failure
/// goes on to the host (the message comes back and counts towards poison); on its last delivery it is kept as a
/// dead letter first, also when the invocation was cancelled.
/// </summary>
public sealed class WorkFailurePolicy(WorkDeferral deferral, DeadLetterRecorder deadLetters, ILogger<WorkFailurePolicy> logger)
{
    /// <summary>True when <paramref name="error"/>, thrown by the handling of <paramref name="received"/> (the queue text as received, possibly a deferral envelope), is settled; false when the host must see it.</summary>
    public async Task<bool> SettleAsync(IWorkRoute route, string received, WorkDelivery delivery, Exception error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(received);
        ArgumentNullException.ThrowIfNull(error);
        var work = DeferredWork.Read(received);
        if (!cancellationToken.IsCancellationRequested && TransientWork.IsTransient(error))
        {
            // Should the put-back itself fail (storage down), that error goes to the host: the delivery counts, and a
            // message the host poisons is picked up by the poison sweep.
            var deferred = await deferral.DeferAsync(route.QueueName, received, error, cancellationToken).ConfigureAwait(false);
            if (deferred.Expired is { } failure)
            {
                await deadLetters.GiveUpAsync(route, work.MessageText, failure).ConfigureAwait(false);
            }

            return true;
        }

        if (delivery.IsLast)
        {
            await KeepAsync(route, work, WorkFailure.LastDelivery(error, delivery.DequeueCount)).ConfigureAwait(false);
        }

        return false;
    }

    // The delivery's own error goes on to the host whatever happens here; the poison sweep keeps what this could not.
    private async Task KeepAsync(IWorkRoute route, DeferredWork work, WorkFailure failure)
    {
        try
        {
            await deadLetters.GiveUpAsync(route, work.MessageText, failure).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            var (errorType, keepErrorType) = (failure.LastError.GetType().Name, ex.GetType().Name);
            DeadLetterLog.KeepingFailed(logger, route.QueueName, errorType, keepErrorType);
        }
    }
}
