using PsFunctions.Azure.ServiceBus;
using PsFunctions.Sync.Events;

namespace PsFunctions.Hosting.Events;

/// <summary>
/// The <see cref="IEventPublisher"/> of a process that has no event destination: the Function App without Service Bus.
/// The app starts and the status says events are not configured, but work that publishes fails with an error naming the
/// setting, so its queue message is retried and finally poisoned (what needs a person is kept) instead of its events being
/// dropped, or written to a file on the instance.
/// </summary>
public sealed class EventsNotConfigured : IEventPublisher
{
    private const string Setting = $"{ServiceBusEventsOptions.SectionName}:{nameof(ServiceBusEventsOptions.FullyQualifiedNamespace)}";

    /// <summary>What the status reports while no destination is configured.</summary>
    public static EventDestination Destination { get; } = new($"not configured: set {Setting}", IsConfigured: false);

    public Task PublishAsync(IReadOnlyList<IntegrationEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        return events.Count == 0
            ? Task.CompletedTask
            : throw new EventPublishException(
                $"Events cannot be published: Service Bus is not configured. Set {Setting} to the namespace host name (ns.servicebus.windows.net), and {ServiceBusEventsOptions.SectionName}:{nameof(ServiceBusEventsOptions.Topic)}.",
                isTransient: false);
    }
}
