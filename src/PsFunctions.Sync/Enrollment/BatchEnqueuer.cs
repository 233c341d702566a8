using System.Text.Json;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Sis;
using PsFunctions.Sync.Documents;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Students;

namespace PsFunctions.Sync.Enrollment;

/// <summary>
/// Sends a stored batch's work: <c>student-upserts</c> messages of at most one SIS POST of submission ids
/// each (claim check: the records stay in the batch archive), one <c>document-mirror</c> message per
/// submission that references documents, then the <c>enrollment.submission.received</c> events. Sending
/// the same batch again is harmless: upserts skip applied submissions, events keep their ids.
/// </summary>
internal sealed class BatchEnqueuer(
    IWorkQueue queue, IEventPublisher events, IOptions<EnrollmentIntakeOptions> options, IOptions<SisClientOptions> sis, TimeProvider time)
{
    public const string EventSource = "/psfunctions/enrollment";

    public async Task<(int UpsertMessages, int DocumentMessages)> EnqueueAsync(
        string deliveryTargetId, StoredBatch batch, CancellationToken cancellationToken)
    {
        var ids = batch.Records.Select(record => record.SubmissionId).Distinct(StringComparer.Ordinal).ToList();
        var upserts = 0;
        foreach (var chunk in ids.Chunk(sis.Value.MaxRecordsPerPost))
        {
            var message = new StudentUpsertMessage(deliveryTargetId, batch.BatchId, chunk);
            await queue.EnqueueAsync(WorkQueues.StudentUpserts, WorkMessageJson.Serialize(message), cancellationToken: cancellationToken);
            upserts++;
        }

        var documents = 0;
        var reader = new DocumentItemReader(options.Value.DocumentItems);
        foreach (var record in batch.Records)
        {
            var references = reader.Read(record.Record);
            if (references.Count > 0)
            {
                var message = new DocumentMirrorMessage(deliveryTargetId, record.SubmissionId, references);
                await queue.EnqueueAsync(WorkQueues.DocumentMirror, WorkMessageJson.Serialize(message), cancellationToken: cancellationToken);
                documents++;
            }
        }

        var now = time.GetUtcNow();
        foreach (var chunk in ids.Chunk(100))
        {
            await events.PublishAsync([.. chunk.Select(id => Received(deliveryTargetId, batch.BatchId, id, now))], cancellationToken);
        }

        return (upserts, documents);
    }

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
