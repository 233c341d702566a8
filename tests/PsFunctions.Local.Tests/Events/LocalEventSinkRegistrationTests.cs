using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PsFunctions.Hosting;
using PsFunctions.Local.Events;
using PsFunctions.Sync.Events;
using PsFunctions.Testing;

namespace PsFunctions.Local.Tests.Events;

/// <summary>The local runner keeps its JSON-lines file; the Function App has none (Hosting's composition registers no file).</summary>
public sealed class LocalEventSinkRegistrationTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Without_service_bus_the_local_runner_appends_events_to_the_configured_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.jsonl");
        await using var provider = Build(("PsStorage", azurite.ConnectionString), ("Events:LocalSinkPath", path));

        var sink = Assert.IsType<JsonLinesEventSink>(provider.GetRequiredService<IEventPublisher>());

        Assert.Equal(path, sink.Path);
        Assert.Equal(new EventDestination($"JSON-lines file {path} (one CloudEvent per line)", IsConfigured: true), provider.GetRequiredService<EventDestination>());
    }

    [Fact]
    public async Task The_default_file_is_in_the_runner_s_work_folder()
    {
        await using var provider = Build(("PsStorage", azurite.ConnectionString));

        var sink = provider.GetRequiredService<JsonLinesEventSink>();

        Assert.Equal(Path.GetFullPath(Path.Combine(".local-run", "events.jsonl")), sink.Path);
    }

    [Fact]
    public async Task With_service_bus_configured_the_local_runner_publishes_to_the_topic_instead()
    {
        using var peer = new AmqpPeer();
        await using var provider = Build(("PsStorage", azurite.ConnectionString), ("ServiceBus:ConnectionString", peer.ConnectionString));

        Assert.Null(provider.GetService<JsonLinesEventSink>());
        Assert.Equal("Service Bus topic student-events", provider.GetRequiredService<EventDestination>().Description);
    }

    // As LocalHost composes it: the sink first, then the product.
    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value)))
            .Build();
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddLocalEventSink(configuration)
            .AddPsFunctions(configuration)
            .BuildServiceProvider();
    }
}
