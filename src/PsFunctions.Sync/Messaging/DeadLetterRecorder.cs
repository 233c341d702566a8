using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Messaging;

/// <summary>
/// Gives a work message up: writes its dead letter (queue, the ids it names, reason, attempts, time, and its text so
/// it can be requeued), then runs its handler's <see cref="IWorkHandler{TMessage}.OnLastDeliveryFailedAsync"/>. Both
/// run under a timeout of their own (<see cref="DeadLetterOptions.WriteTimeout"/>), not the invocation's token: a host
/// that cancels the invocation on its last delivery still leaves a record.
/// </summary>
public sealed class DeadLetterRecorder(
    IDeadLetterStore store, IServiceProvider services, TimeProvider time, IOptions<DeadLetterOptions> options, ILogger<DeadLetterRecorder> logger)
{
    /// <summary>Keeps <paramref name="messageText"/> (the message itself, not a deferral envelope) of <paramref name="route"/>'s queue as given up with <paramref name="failure"/>.</summary>
    public async Task GiveUpAsync(IWorkRoute route, string messageText, WorkFailure failure)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(messageText);
        ArgumentNullException.ThrowIfNull(failure);
        using var timeout = new CancellationTokenSource(options.Value.WriteTimeout, time);
        var letter = DeadLetter.Open(route.QueueName, messageText, route.Describe(messageText), failure.Reason, failure.Attempts, time.GetUtcNow());
        await store.SaveAsync(letter, timeout.Token).ConfigureAwait(false);
        DeadLetterLog.DeadLettered(logger, route.QueueName, letter.Key, failure.Attempts, failure.LastError.GetType().Name);
        await route.GiveUpAsync(services, messageText, failure, timeout.Token).ConfigureAwait(false);
    }
}
