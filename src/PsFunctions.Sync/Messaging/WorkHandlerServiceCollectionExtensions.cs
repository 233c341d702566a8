using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PsFunctions.Sync.Messaging;

/// <summary>Registers a work queue's handler, in the style of eShop's <c>AddSubscription&lt;TEvent, THandler&gt;()</c>.</summary>
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
}
