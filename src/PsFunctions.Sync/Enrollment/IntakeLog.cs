using Microsoft.Extensions.Logging;

namespace PsFunctions.Sync.Enrollment;

/// <summary>Log messages of enrollment intake: delivery target and batch ids and counts only.</summary>
internal static partial class IntakeLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Delivery target {DeliveryTargetId}: batch {BatchId} with {Records} record(s) enqueued as {UpsertMessages} upsert and {DocumentMessages} document message(s)")]
    public static partial void BatchEnqueued(ILogger logger, string deliveryTargetId, string batchId, int records, int upsertMessages, int documentMessages);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Delivery target {DeliveryTargetId}: empty batch ({Recovered} recovered, {Reset} reset)")]
    public static partial void EmptyBatch(ILogger logger, string deliveryTargetId, int recovered, int reset);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Delivery target {DeliveryTargetId}: batch {BatchId} recovered from the archive ({UpsertMessages} upsert and {DocumentMessages} document message(s) sent again)")]
    public static partial void Recovered(ILogger logger, string deliveryTargetId, string batchId, int upsertMessages, int documentMessages);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "Delivery target {DeliveryTargetId}: createbatch got no answer; looking for the batch with getbatches")]
    public static partial void CreateBatchOutcomeUnknown(ILogger logger, string deliveryTargetId);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Warning, Message = "Delivery target {DeliveryTargetId}: batch {BatchId} was delivered but never stored; reset (found: {Found})")]
    public static partial void OrphanReset(ILogger logger, string deliveryTargetId, string batchId, bool found);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Information, Message = "Delivery target {DeliveryTargetId}: another intake run holds the target's lock; this run does nothing")]
    public static partial void AnotherRunInProgress(ILogger logger, string deliveryTargetId);

    [LoggerMessage(EventId = 4151, Level = LogLevel.Error, Message = "Delivery target {DeliveryTargetId}: batch {BatchId} ({Records} record(s)) is recorded as stored but its blob is missing from the batch archive; marked ArchiveMissing and skipped (reset it in Enrollment to have its records delivered again)")]
    public static partial void ArchiveMissing(ILogger logger, string deliveryTargetId, string batchId, int records);

    [LoggerMessage(EventId = 4152, Level = LogLevel.Error, Message = "Delivery target {DeliveryTargetId}: the intake lock was lost mid-run; the run stopped before its next write")]
    public static partial void LeaseLost(ILogger logger, string deliveryTargetId);

    [LoggerMessage(EventId = 4153, Level = LogLevel.Warning, Message = "Delivery target {DeliveryTargetId}: record {Index} of batch {BatchId} (submission {SubmissionId}) cannot be read ({Field}); kept as a rejection, the rest of the batch goes on")]
    public static partial void RecordQuarantined(ILogger logger, string deliveryTargetId, string batchId, int index, string submissionId, string field);

    [LoggerMessage(EventId = 4154, Level = LogLevel.Error, Message = "Delivery target {DeliveryTargetId}: the createbatch answer is not a batch with an id; kept in the batch archive as {ArchiveName} ({Bytes} bytes); its records are delivered again after the orphan reset of a later run")]
    public static partial void UnreadableBatch(ILogger logger, string deliveryTargetId, string archiveName, int bytes);
}
