using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PsFunctions.Azure.DependencyInjection;
using PsFunctions.Azure.Storage.Queues;
using PsFunctions.Sync.Messaging;
using PsFunctions.Testing;

namespace PsFunctions.Azure.Tests.Storage.Queues;

/// <summary>
/// The queue processor as <c>AddAzureAdapters</c> registers it, over a <c>probe</c> queue of the test's own (a unique
/// <c>PsStorage:NamePrefix</c>) handled by <see cref="ProbeHandler"/>, with the delivery settings the test gives.
/// </summary>
internal sealed class ProbeQueue : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public ProbeQueue(AzuriteFixture azurite, Dictionary<string, string?> settings, ILoggerProvider? logs = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(settings)
        {
            ["PsStorage"] = azurite.ConnectionString,
            ["PsStorage:NamePrefix"] = AzuriteFixture.UniqueName("p"),
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(Script)
            .AddLogging(logging =>
            {
                logging.SetMinimumLevel(LogLevel.Debug);
                if (logs is not null)
                {
                    logging.AddProvider(logs);
                }
            })
            .AddAzureAdapters(configuration)
            .AddWorkDispatch()
            .AddWorkHandler<ProbeMessage, ProbeHandler>();
        services.AddOptions<WorkQueueOptions>().BindConfiguration(WorkQueueOptions.Section);
        _services = services.BuildServiceProvider(validateScopes: true);
    }

    public ProbeScript Script { get; } = new();

    public StorageQueueProcessor Processor => _services.GetRequiredService<StorageQueueProcessor>();

    public QueueClient Queue => _services.GetRequiredService<StorageQueues>().Get(ProbeMessage.Queue);

    public QueueClient Poison => _services.GetRequiredService<StorageQueues>().Get(WorkQueues.PoisonOf(ProbeMessage.Queue));

    public Task<QueueCounts> DrainAsync(QueueDrain drain, CancellationToken cancellationToken = default) =>
        Processor.DrainAsync(ProbeMessage.Queue, drain, cancellationToken);

    public async Task SendAsync(params string[] ids)
    {
        foreach (var id in ids)
        {
            await _services.GetRequiredService<IWorkQueue>().SendAsync(new ProbeMessage(id));
        }
    }

    public static async Task<int> CountAsync(QueueClient queue) =>
        (await queue.ExistsAsync()).Value ? (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount : 0;

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
