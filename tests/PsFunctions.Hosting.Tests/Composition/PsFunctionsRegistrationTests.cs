using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PsFunctions.Hosting.Events;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Status;
using PsFunctions.Testing;

namespace PsFunctions.Hosting.Tests.Composition;

public sealed class PsFunctionsRegistrationTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly IntegrationEvent AnEvent = new(
        "evt-1", EventTypes.StudentUpserted, "/psfunctions", "student/1", "student-1", DateTimeOffset.UnixEpoch, JsonDocument.Parse("{}").RootElement);

    [Fact]
    public async Task Without_service_bus_publishing_fails_naming_the_setting_and_writes_no_file()
    {
        var workingDirectory = Directory.GetFileSystemEntries(Environment.CurrentDirectory);
        await using var provider = Build(("PsStorage", azurite.ConnectionString));

        var publisher = provider.GetRequiredService<IEventPublisher>();
        var error = await Assert.ThrowsAsync<EventPublishException>(() => publisher.PublishAsync([AnEvent]));

        Assert.IsType<EventsNotConfigured>(publisher);
        Assert.Contains("ServiceBus:FullyQualifiedNamespace", error.Message, StringComparison.Ordinal);
        Assert.Equal(workingDirectory, Directory.GetFileSystemEntries(Environment.CurrentDirectory));
    }

    [Fact]
    public async Task Without_service_bus_the_status_says_events_are_not_configured()
    {
        await using var provider = Build(("PsStorage", azurite.ConnectionString), ("Sync:DeliveryTargets", "district-a"), ("PsStorage:NamePrefix", AzuriteFixture.UniqueName("reg")));

        var status = await provider.GetRequiredService<SyncStatusReader>().ReadAsync();

        Assert.False(status.Events.IsConfigured);
        Assert.Equal("not configured: set ServiceBus:FullyQualifiedNamespace", status.Events.Description);
    }

    [Fact]
    public async Task With_service_bus_events_go_to_the_topic_and_the_status_names_it()
    {
        using var peer = new AmqpPeer();
        await using var provider = Build(("PsStorage", azurite.ConnectionString), ("ServiceBus:ConnectionString", peer.ConnectionString));

        await provider.GetRequiredService<IEventPublisher>().PublishAsync([AnEvent]);

        Assert.Equal("evt-1", Assert.Single(peer.Received).Properties.MessageId);
        Assert.Equal(new EventDestination("Service Bus topic student-events", IsConfigured: true), provider.GetRequiredService<EventDestination>());
    }

    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value)))
            .Build();
        return new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddPsFunctions(configuration).BuildServiceProvider();
    }
}
