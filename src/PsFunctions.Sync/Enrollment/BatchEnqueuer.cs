using System.Text.Json;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Sis;
using PsFunctions.Sync.Batches;
using PsFunctions.Sync.Concurrency;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Sync.Enrollment;

/// <summary>
/// Sends a stored batch's work: <c>student-upserts</c> messages of at most one SIS POST of submission ids
/// each (claim check: the records stay in the batch archive), one <c>document-mirror</c> message per
/// submission that references documents, then the <c>enrollment.submission.received</c> events. Sending
/// the same batch again is harmless: upserts skip applied submissions, events keep their ids.
/// </summary>
public sealed class BatchEnqueuer(
    IWorkQueue queue, IEventPublisher events, IOptions<EnrollmentIntakeOptions> options, IOptions<SisClientOptions> sis, TimeProvider time)
{
    public const string EventSource = "/psfunctions/enrollment";

    internal async Task<(int UpsertMessages, int DocumentMessages)> EnqueueAsync(
        string deliveryTargetId, StoredBatch batch, CancellationToken cancellationToken)
    {
        var ids = batch.Records.Select(record => record.SubmissionId).Distinct(StringComparer.Ordinal).ToList();
        var upserts = ids.Chunk(sis.Value.MaxRecordsPerPost)
            .Select(chunk => new StudentUpsertMessage(deliveryTargetId, batch.BatchId, chunk))
            .ToList();
        await SendAsync(upserts, cancellationToken);

        var reader = new DocumentItemReader(options.Value.DocumentItems);
        var documents = batch.Records
            .Select(record => (record.SubmissionId, References: reader.Read(record.Record)))
            .Where(item => item.References.Count > 0)
            .Select(item => new DocumentMirrorMessage(deliveryTargetId, item.SubmissionId, item.References))
            .ToList();
        await SendAsync(documents, cancellationToken);

        var now = time.GetUtcNow();
        foreach (var chunk in ids.Chunk(100))
        {
            await events.PublishAsync([.. chunk.Select(id => Received(deliveryTargetId, batch.BatchId, id, now))], cancellationToken);
        }

        return (upserts.Count, documents.Count);
    }

    // Messages of one step are independent: sent a few at a time; the step ends when all are in the queue.
    private Task SendAsync<TMessage>(IReadOnlyList<TMessage> messages, CancellationToken cancellationToken)
        where TMessage : class, IWorkMessage<TMessage> =>
        ParallelWrites.ForEachAsync(messages, (message, token) => queue.SendAsync(message, cancellationToken: token), cancellationToken);

    private static IntegrationEvent Received(string deliveryTargetId, string batchId, string submissionId, DateTimeOffset time) =>
        new(
            EventIds.For(EventTypes.SubmissionReceived, batchId, submissionId),
            EventTypes.SubmissionReceived,
            $"{EventSource}/{deliveryTargetId}",
            $"submission/{submissionId}",
            submissionId,
            time,
            JsonSerializer.SerializeToElement(
                new ReceivedData(deliveryTargetId, batchId, submissionId), IntakeEventJsonContext.Default.ReceivedData));

    internal sealed record ReceivedData(string DeliveryTargetId, string BatchId, string SubmissionId);
}
