using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues.Models;
using Azure.Storage.Queues;
using PsFunctions.Azure.Storage.Blobs;
using PsFunctions.Azure.Storage.Queues;
using PsFunctions.Azure.Storage.Tables;
using PsFunctions.Sync.Batches;
using PsFunctions.Sync.Documents;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;
using PsFunctions.Sync.Students;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.FlowSupport;

/// <summary>
/// One test's own storage in the shared Azurite, through the real Azure adapters: a blob container, tables
/// and queue names nobody else uses. It outlives a simulated restart (a new <see cref="FlowHarness"/>).
/// </summary>
internal sealed class FlowStorage
{
    private static readonly QueueClientOptions Base64 = new() { MessageEncoding = QueueMessageEncoding.Base64 };

    private readonly QueueServiceClient _queues;

    public FlowStorage(AzuriteFixture azurite)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var tables = new TableServiceClient(azurite.ConnectionString);
        var blobs = new BlobServiceClient(azurite.ConnectionString);
        var batches = blobs.GetBlobContainerClient(AzuriteFixture.UniqueName("batches"));
        Archive = new BlobBatchArchive(batches);
        IntakeLock = new BlobLeaseIntakeLock(batches, TimeProvider.System);
        Documents = new BlobDocumentStore(blobs.GetBlobContainerClient(AzuriteFixture.UniqueName("docs")));
        BatchLedger = new TableBatchLedger(tables.GetTableClient(AzuriteFixture.UniqueName("batchledger")));
        UpsertLedger = new TableUpsertLedger(tables.GetTableClient(AzuriteFixture.UniqueName("upsertledger")));
        Claims = new TableStudentClaims(tables.GetTableClient(AzuriteFixture.UniqueName("studentclaims")));
        Rejections = new TableRejectionStore(tables.GetTableClient(AzuriteFixture.UniqueName("rejections")));
        _queues = new QueueServiceClient(azurite.ConnectionString, Base64);
        WorkQueue = new StorageWorkQueue(new StorageQueues(_queues));
        QueuePrefix = AzuriteFixture.UniqueName("q") + "-";
    }

    public IBatchArchive Archive { get; }

    public IIntakeLock IntakeLock { get; }

    public IBatchLedger BatchLedger { get; }

    public IDocumentStore Documents { get; }

    public IUpsertLedger UpsertLedger { get; }

    public IStudentClaims Claims { get; }

    public IRejectionStore Rejections { get; }

    public IWorkQueue WorkQueue { get; }

    public string QueuePrefix { get; }

    /// <summary>This test's copy of a work queue (or its poison queue).</summary>
    public QueueClient Queue(string queueName) => _queues.GetQueueClient(QueuePrefix + queueName);

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

    /// <summary>
    /// Delivers the <c>student-upserts</c> messages one at a time through <paramref name="dispatcher"/> the way the
    /// Functions host does: deleted on success; on failure visible again at once, or moved to the poison
    /// queue after <paramref name="maxDequeueCount"/> deliveries. A simulated crash stops the loop (the
    /// message it held becomes visible again) and is thrown.
    /// </summary>
    public async Task<IReadOnlyList<Exception>> DrainUpsertsAsync(WorkDispatcher dispatcher, int maxDequeueCount = 5)
    {
        ArgumentNullException.ThrowIfNull(dispatcher);
        var queue = Queue(WorkQueues.StudentUpserts);
        var failures = new List<Exception>();
        if (!await queue.ExistsAsync())
        {
            return failures;
        }

        while ((await queue.ReceiveMessageAsync(TimeSpan.FromMinutes(5))).Value is { } message)
        {
            try
            {
                await dispatcher.DispatchAsync(WorkQueues.StudentUpserts, message.Body.ToString(), (int)message.DequeueCount);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
            catch (SimulatedCrashException)
            {
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero);
                throw;
            }
            catch (Exception ex) when (ex is not SimulatedCrashException)
            {
                failures.Add(ex);
                if (message.DequeueCount >= maxDequeueCount)
                {
                    await Queue(WorkQueues.PoisonOf(WorkQueues.StudentUpserts)).SendMessageAsync(message.Body);
                    await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                }
                else
                {
                    await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero);
                }
            }
        }

        return failures;
    }
}
