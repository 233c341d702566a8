namespace PsFunctions.Sync.Messaging;

/// <summary>
/// Does the work one queue's messages ask for. Register it with one line in the engine's composition
/// (<c>AddWorkHandler&lt;TMessage, THandler&gt;()</c>); <see cref="WorkDispatcher"/> hands it each message.
/// Failures are thrown: the queue delivers the message again and, after its last delivery, moves it to poison.
/// </summary>
public interface IWorkHandler<in TMessage>
    where TMessage : class
{
    Task HandleAsync(TMessage message, WorkDelivery delivery, CancellationToken cancellationToken);

    /// <summary>
    /// The last delivery of <paramref name="message"/> failed with <paramref name="lastError"/>: keep what a person
    /// must see before the message goes to the poison queue. The error is thrown on afterwards.
    /// </summary>
    Task OnLastDeliveryFailedAsync(TMessage message, WorkDelivery delivery, Exception lastError, CancellationToken cancellationToken);
}
