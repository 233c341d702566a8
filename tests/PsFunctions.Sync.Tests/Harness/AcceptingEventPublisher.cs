using PsFunctions.Sync.Events;

namespace PsFunctions.Sync.Tests.Harness;

/// <summary>The harness's event destination: takes every event (<see cref="CrashingEventPublisher"/> around it records them).</summary>
internal sealed class AcceptingEventPublisher : IEventPublisher
{
    public static EventDestination Destination { get; } = new("the engine harness (in memory)", IsConfigured: true);

    public Task PublishAsync(IReadOnlyList<IntegrationEvent> events, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
