namespace PsFunctions.Sync.Events;

/// <summary>Publishes integration events (a Service Bus topic; the local runner's file; see <see cref="EventDestination"/>).</summary>
public interface IEventPublisher
{
    /// <summary>Publishes all <paramref name="events"/>, or throws <see cref="EventPublishException"/>.</summary>
    Task PublishAsync(IReadOnlyList<IntegrationEvent> events, CancellationToken cancellationToken = default);
}
