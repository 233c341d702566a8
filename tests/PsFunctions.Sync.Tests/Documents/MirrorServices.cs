using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PowerSchool.Client.DependencyInjection;
using PsFunctions.Azure.Storage.Blobs;
using PsFunctions.Sync.Documents;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Tests.Events;
using PsFunctions.Testing;
using PsFunctions.Sync.Hosting;

namespace PsFunctions.Sync.Tests.Documents;

/// <summary>
/// The document mirror wired as a host wires it: the real Enrollment client against the simulator over
/// loopback HTTP, the blob document store on its own Azurite container, and the local JSON-lines event sink.
/// </summary>
internal sealed class MirrorServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private MirrorServices(ServiceProvider provider, BlobContainerClient container, LocalEventFile events)
    {
        _provider = provider;
        Container = container;
        Events = events;
    }

    public BlobContainerClient Container { get; }

    /// <summary>The local JSON-lines sink the mirror publishes to.</summary>
    public LocalEventFile Events { get; }

    public DocumentMirrorHandler Handler => _provider.GetRequiredService<DocumentMirrorHandler>();

    public static MirrorServices Start(SimulatorHost simulator, AzuriteFixture azurite, Action<IServiceCollection>? configure = null)
    {
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(AzuriteFixture.UniqueName("docs"));
        var events = new LocalEventFile();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
        [
            new("PowerSchool:Enrollment:BaseUrl", simulator.BaseAddress.ToString()),
            new("Secrets:powerschool-enrollment-api-key", simulator.EnrollmentApiKey),
            new("PowerSchool:Enrollment:Resilience:BaseDelay", "00:00:00.010"),
            new("PowerSchool:Enrollment:Resilience:MaxRetryAttempts", "1"),
        ]).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IDocumentStore>(new BlobDocumentStore(container))
            .AddSingleton<IEventPublisher>(events.Sink)
            .AddPowerSchoolEnrollment()
            .AddSyncEngine();
        configure?.Invoke(services);
        return new MirrorServices(services.BuildServiceProvider(validateScopes: true), container, events);
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        Events.Dispose();
    }
}
