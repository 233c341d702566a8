using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PsFunctions.Sync.Messaging;

/// <summary>
/// "Put it back later": sends a work message again as a fresh message, invisible for a delay that grows with each
/// deferral (<see cref="WorkDeferralOptions"/>). A fresh message starts at dequeue count 1, so an outage never brings
/// a message nearer to poison; the envelope (<see cref="DeferredWork"/>) carries the attempts and the time of the
/// first, so the deferrals end after <see cref="WorkDeferralOptions.GiveUpAfter"/>. <see cref="WorkDispatcher"/> calls
/// it for every transient failure (<see cref="TransientWork"/>); a host can call it for work it cannot start yet.
/// </summary>
public sealed class WorkDeferral(IWorkQueue queue, TimeProvider time, IOptions<WorkDeferralOptions> options, ILogger<WorkDeferral> logger)
{
    /// <summary>
    /// Puts <paramref name="text"/> (a message of <paramref name="queueName"/> as received, deferred before or not)
    /// back on its queue because of <paramref name="cause"/>; once its deferrals have run out, sends nothing and returns
    /// the failure to give it up with (<see cref="WorkDeferralResult.Expired"/>).
    /// </summary>
    public async Task<WorkDeferralResult> DeferAsync(string queueName, string text, Exception cause, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(cause);
        var work = DeferredWork.Read(text);
        var now = time.GetUtcNow();
        var since = work.Since ?? now;
        var attempt = work.Attempts + 1;
        if (now - since >= options.Value.GiveUpAfter)
        {
            DeferralLog.Expired(logger, queueName, attempt, now - since, cause.GetType().Name);
            return new WorkDeferralResult(attempt, null, WorkFailure.DeferralExpired(cause, attempt, now - since));
        }

        var delay = options.Value.DelayOf(attempt);
        await queue.EnqueueAsync(queueName, work.Write(attempt, since), delay, cancellationToken).ConfigureAwait(false);
        DeferralLog.Deferred(logger, queueName, attempt, cause.GetType().Name, delay);
        return new WorkDeferralResult(attempt, delay, null);
    }
}
