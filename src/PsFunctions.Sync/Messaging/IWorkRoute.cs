namespace PsFunctions.Sync.Messaging;

/// <summary>One registered queue (see <c>AddWorkHandler</c>): its name, and how its text becomes a call of its handler.</summary>
public interface IWorkRoute
{
    string QueueName { get; }

    Task DispatchAsync(IServiceProvider services, string text, WorkDelivery delivery, CancellationToken cancellationToken);
}
