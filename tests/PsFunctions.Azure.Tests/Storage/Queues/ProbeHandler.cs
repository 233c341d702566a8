using System.Collections.Concurrent;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Azure.Tests.Storage.Queues;

/// <summary>What a processor test makes the handler do, and what the handler saw.</summary>
internal sealed class ProbeScript
{
    /// <summary>The handling; by default it succeeds at once.</summary>
    public Func<ProbeMessage, WorkDelivery, CancellationToken, Task> Handle { get; set; } = (_, _, _) => Task.CompletedTask;

    public ConcurrentQueue<(string Id, WorkDelivery Delivery)> Deliveries { get; } = new();

    public ConcurrentQueue<(string Id, WorkFailure Failure)> LastDeliveryHooks { get; } = new();
}

/// <summary>The processor tests' handler, registered as the engine registers its own (<c>AddWorkHandler</c>).</summary>
internal sealed class ProbeHandler(ProbeScript script) : IWorkHandler<ProbeMessage>
{
    public Task HandleAsync(ProbeMessage message, WorkDelivery delivery, CancellationToken cancellationToken)
    {
        script.Deliveries.Enqueue((message.Id, delivery));
        return script.Handle(message, delivery, cancellationToken);
    }

    public Task OnLastDeliveryFailedAsync(ProbeMessage message, WorkFailure failure, CancellationToken cancellationToken)
    {
        script.LastDeliveryHooks.Enqueue((message.Id, failure));
        return Task.CompletedTask;
    }
}
