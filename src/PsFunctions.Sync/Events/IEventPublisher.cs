namespace PsFunctions.Sync.Events;

/// <summary>Publishes integration events (Service Bus topic in Azure, a local sink otherwise).</summary>
public interface IEventPublisher
{
    /// <summary>Publishes all <paramref name="events"/>, or throws <see cref="EventPublishException"/>.</summary>
    Task PublishAsync(IReadOnlyList<IntegrationEvent> events, CancellationToken cancellationToken = default);
}
