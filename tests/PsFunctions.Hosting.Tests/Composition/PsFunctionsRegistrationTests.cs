using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PsFunctions.Hosting.LocalEvents;
using PsFunctions.Sync.Events;
using PsFunctions.Testing;

namespace PsFunctions.Hosting.Tests.Composition;

public sealed class PsFunctionsRegistrationTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Events_without_service_bus_go_to_the_local_sink_at_the_configured_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.jsonl");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
        [
            new("PsStorage", azurite.ConnectionString),
            new("Events:LocalSinkPath", path),
        ]).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        await using var provider = services.AddPsFunctions(configuration).BuildServiceProvider();

        var sink = Assert.IsType<JsonLinesEventSink>(provider.GetRequiredService<IEventPublisher>());

        Assert.Equal(path, sink.Path);
    }
}
