using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PsFunctions.Azure.DependencyInjection;
using PsFunctions.Azure.Storage;
using PsFunctions.Azure.Storage.Queues;
using PsFunctions.Sync.Audit;
using PsFunctions.Sync.Batches;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;
using PsFunctions.Sync.Students;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Harness;

/// <summary>
/// One test's storage in the shared Azurite: a <c>PsStorage:NamePrefix</c> nobody else uses, so every table, container
/// and queue the adapters touch is the test's own. It outlives a harness: a second <see cref="EngineHarness"/> over
/// the same storage is the engine restarted. Its ports are the real adapters on those names (as
/// <c>AddAzureAdapters</c> registers them), for arranging and asserting from outside the engine.
/// </summary>
internal sealed class TestStorage
{
    private readonly StorageQueues _queues;

    public TestStorage(AzuriteFixture azurite)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        ConnectionString = azurite.ConnectionString;
        NamePrefix = AzuriteFixture.UniqueName("t");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        using var adapters = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging()
            .AddAzureAdapters(configuration).BuildServiceProvider();
        _queues = adapters.GetRequiredService<StorageQueues>();
        Archive = adapters.GetRequiredService<IBatchArchive>();
        IntakeLock = adapters.GetRequiredService<IIntakeLock>();
        BatchLedger = adapters.GetRequiredService<IBatchLedger>();
        UpsertLedger = adapters.GetRequiredService<IUpsertLedger>();
        Claims = adapters.GetRequiredService<IStudentClaims>();
        Rejections = adapters.GetRequiredService<IRejectionStore>();
        DeadLetters = adapters.GetRequiredService<IDeadLetterStore>();
        Attention = adapters.GetRequiredService<IAttentionStore>();
        Audit = adapters.GetRequiredService<IAuditStore>();
    }

    public string ConnectionString { get; }

    public string NamePrefix { get; }

    /// <summary>The storage settings of an engine on this storage.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PsStorage"] = ConnectionString,
        ["PsStorage:NamePrefix"] = NamePrefix,
    };

    public IBatchArchive Archive { get; }

    public IIntakeLock IntakeLock { get; }

    public IBatchLedger BatchLedger { get; }

    public IUpsertLedger UpsertLedger { get; }

    public IStudentClaims Claims { get; }

    public IRejectionStore Rejections { get; }

    public IDeadLetterStore DeadLetters { get; }

    public IAttentionStore Attention { get; }

    /// <summary>The open attention items, oldest first.</summary>
    public async Task<IReadOnlyList<AttentionItem>> OpenAttentionAsync()
    {
        var open = new List<AttentionItem>();
        await foreach (var item in Attention.ListOpenAsync())
        {
            open.Add(item);
        }

        return open;
    }

    public IAuditStore Audit { get; }

    /// <summary>Every audit entry of <paramref name="submissionId"/> (pending ones included).</summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditOfAsync(string submissionId)
    {
        var entries = new List<AuditEntry>();
        await foreach (var entry in Audit.ListBySubmissionAsync(submissionId))
        {
            entries.Add(entry);
        }

        return entries;
    }

    /// <summary>The open dead letters of <paramref name="queueName"/>, oldest first.</summary>
    public async Task<IReadOnlyList<DeadLetter>> OpenDeadLettersAsync(string queueName)
    {
        var open = new List<DeadLetter>();
        await foreach (var letter in DeadLetters.ListOpenAsync(queueName))
        {
            open.Add(letter);
        }

        return open;
    }

    /// <summary>This test's copy of a work queue (or its poison queue).</summary>
    public QueueClient Queue(string queueName) => _queues.Get(queueName);

    /// <summary>This test's copy of one of the adapters' blob containers (<see cref="StorageNames"/>).</summary>
    public BlobContainerClient Container(string name) =>
        new BlobServiceClient(ConnectionString).GetBlobContainerClient(StorageNames.Prefixed(NamePrefix, name));

    /// <summary>The messages waiting in a queue (peeked, at most 32).</summary>
    public async Task<IReadOnlyList<string>> PeekAsync(string queueName)
    {
        var queue = Queue(queueName);
        if (!await queue.ExistsAsync())
        {
            return [];
        }

        var messages = await queue.PeekMessagesAsync(32);
        return [.. messages.Value.Select(message => message.Body.ToString())];
    }

    /// <summary>The submission ids of the <c>student-upserts</c> messages waiting (peeked).</summary>
    public async Task<IReadOnlyList<string>> QueuedSubmissionIdsAsync() =>
        [.. (await PeekAsync(WorkQueues.StudentUpserts)).Select(StudentUpsertMessage.Parse).SelectMany(message => message.SubmissionIds)];
}
