namespace PsFunctions.Sync.Events;

/// <summary>
/// Where this process's <see cref="IEventPublisher"/> sends events, as the status reports it: registered by whoever
/// registers the publisher (a Service Bus topic, the local runner's file, or nothing configured yet).
/// </summary>
/// <param name="Description">What operators read, e.g. <c>Service Bus topic student-events</c>; no secrets.</param>
/// <param name="IsConfigured">False when publishing fails because no destination is configured.</param>
public sealed record EventDestination(string Description, bool IsConfigured);
