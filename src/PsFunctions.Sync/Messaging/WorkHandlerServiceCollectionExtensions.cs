using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PsFunctions.Sync.Messaging;

/// <summary>Registers the work queues' dispatch and each queue's handler, in the style of eShop's <c>AddSubscription&lt;TEvent, THandler&gt;()</c>.</summary>
public static class WorkHandlerServiceCollectionExtensions
{
    /// <summary>
    /// Routes the queue of <typeparamref name="TMessage"/> (<see cref="IWorkMessage{TSelf}.QueueName"/>) to
    /// <typeparamref name="THandler"/>, resolved by the container. One handler per queue: adding a queue is
    /// its message type, its handler class and this one line.
    /// </summary>
    public static IServiceCollection AddWorkHandler<TMessage, THandler>(this IServiceCollection services)
        where TMessage : class, IWorkMessage<TMessage>
        where THandler : class, IWorkHandler<TMessage>
    {
        services.TryAddSingleton<THandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkRoute, WorkRoute<TMessage, THandler>>());
        return services;
    }

    /// <summary>
    /// Registers what every work queue shares: <see cref="WorkDispatcher"/>, <see cref="WorkDeferral"/>, the poison
    /// sweep (<see cref="PoisonQueueSweep"/>) and <see cref="DeadLetterRequeue"/>. Their options (<c>Sync:Queues</c>,
    /// <c>Sync:Queues:Deferral</c>, <c>Sync:DeadLetters</c>) are bound with the engine's (<c>AddSyncEngine</c>); the host
    /// adds the ports (<see cref="IWorkQueue"/>, <see cref="IPoisonQueues"/>, the dead-letter store).
    /// </summary>
    public static IServiceCollection AddWorkDispatch(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WorkDeferral>();
        services.TryAddSingleton<DeadLetterRecorder>();
        services.TryAddSingleton<WorkFailurePolicy>();
        services.TryAddSingleton<WorkDispatcher>();
        services.TryAddSingleton<PoisonQueueSweep>();
        services.TryAddSingleton<DeadLetterRequeue>();
        return services;
    }
}
