using Microsoft.Extensions.DependencyInjection;

namespace PsFunctions.Sync.Messaging;

/// <summary>
/// The route of <typeparamref name="TMessage"/>'s queue to <typeparamref name="THandler"/>: parse, handle, and on a
/// failed last delivery call the handler's <see cref="IWorkHandler{TMessage}.OnLastDeliveryFailedAsync"/> before
/// the error goes on to the host (which moves the message to poison).
/// </summary>
internal sealed class WorkRoute<TMessage, THandler> : IWorkRoute
    where TMessage : class, IWorkMessage<TMessage>
    where THandler : class, IWorkHandler<TMessage>
{
    public string QueueName => TMessage.QueueName;

    public async Task DispatchAsync(IServiceProvider services, string text, WorkDelivery delivery, CancellationToken cancellationToken)
    {
        var message = TMessage.Parse(text);
        var handler = services.GetRequiredService<THandler>();
        try
        {
            await handler.HandleAsync(message, delivery, cancellationToken);
        }
        catch (Exception ex) when (delivery.IsLast && !cancellationToken.IsCancellationRequested)
        {
            await handler.OnLastDeliveryFailedAsync(message, delivery, ex, cancellationToken);
            throw;
        }
    }
}
