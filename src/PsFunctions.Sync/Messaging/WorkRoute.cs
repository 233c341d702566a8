using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace PsFunctions.Sync.Messaging;

/// <summary>
/// The route of <typeparamref name="TMessage"/>'s queue to <typeparamref name="THandler"/>: parse and handle; describe a
/// text by the ids it names; hand a message that is given up to the handler's
/// <see cref="IWorkHandler{TMessage}.OnLastDeliveryFailedAsync"/>. What fails and what is deferred is decided by
/// <see cref="WorkDispatcher"/>, the same for every queue.
/// </summary>
internal sealed class WorkRoute<TMessage, THandler> : IWorkRoute
    where TMessage : class, IWorkMessage<TMessage>
    where THandler : class, IWorkHandler<TMessage>
{
    private static readonly IReadOnlyDictionary<string, string> NoIds = new Dictionary<string, string>();

    public string QueueName => TMessage.QueueName;

    public Task DispatchAsync(IServiceProvider services, string text, WorkDelivery delivery, CancellationToken cancellationToken) =>
        services.GetRequiredService<THandler>().HandleAsync(TMessage.Parse(text), delivery, cancellationToken);

    public IReadOnlyDictionary<string, string> Describe(string text) => TryParse(text) is { } message ? TMessage.IdsOf(message) : NoIds;

    public Task GiveUpAsync(IServiceProvider services, string text, WorkFailure failure, CancellationToken cancellationToken) =>
        TryParse(text) is { } message
            ? services.GetRequiredService<THandler>().OnLastDeliveryFailedAsync(message, failure, cancellationToken)
            // A malformed message names nothing to keep but itself: the dead letter holds its text.
            : Task.CompletedTask;

    private static TMessage? TryParse(string text)
    {
        try
        {
            return TMessage.Parse(text);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }
}
