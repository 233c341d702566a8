namespace PsFunctions.Sync.Messaging;

/// <summary>
/// Does the work one queue's messages ask for. Register it with one line in the engine's composition
/// (<c>AddWorkHandler&lt;TMessage, THandler&gt;()</c>); <see cref="WorkDispatcher"/> hands it each message.
/// Failures are thrown: an outage (<see cref="TransientWork"/>) puts the message back later (<see cref="WorkDeferral"/>);
/// any other failure makes the queue deliver it again and, after its last delivery, move it to poison.
/// </summary>
public interface IWorkHandler<in TMessage>
    where TMessage : class
{
    Task HandleAsync(TMessage message, WorkDelivery delivery, CancellationToken cancellationToken);

    /// <summary>
    /// <paramref name="message"/> is given up (<paramref name="failure"/>: its last delivery failed, or its deferrals ran
    /// out): keep what a person must see, beyond the dead letter the dispatcher has written already. Runs with a short
    /// timeout of its own (<see cref="DeadLetterOptions.WriteTimeout"/>), also when the invocation was cancelled.
    /// </summary>
    Task OnLastDeliveryFailedAsync(TMessage message, WorkFailure failure, CancellationToken cancellationToken);
}
