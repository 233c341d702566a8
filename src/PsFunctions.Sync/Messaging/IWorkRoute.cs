namespace PsFunctions.Sync.Messaging;

/// <summary>One registered queue (see <c>AddWorkHandler</c>): its name, and how its text becomes a call of its handler.</summary>
public interface IWorkRoute
{
    string QueueName { get; }

    Task DispatchAsync(IServiceProvider services, string text, WorkDelivery delivery, CancellationToken cancellationToken);

    /// <summary>The ids the text names (<see cref="IWorkMessage{TSelf}.IdsOf"/>); none when it is not this queue's message.</summary>
    IReadOnlyDictionary<string, string> Describe(string text);

    /// <summary>Runs the handler's <see cref="IWorkHandler{TMessage}.OnLastDeliveryFailedAsync"/>; nothing when the text is not this queue's message.</summary>
    Task GiveUpAsync(IServiceProvider services, string text, WorkFailure failure, CancellationToken cancellationToken);
}
