using Microsoft.Extensions.Logging;

namespace PsFunctions.Sync.Documents;

/// <summary>Document-mirror log messages: ids and sizes only, never file names or signed URLs.</summary>
internal static partial class DocumentMirrorLog
{
    [LoggerMessage(EventId = 5201, Level = LogLevel.Information,
        Message = "Mirrored document {ObjectId} of submission {SubmissionId} (delivery target {DeliveryTargetId}): {Length} bytes")]
    public static partial void Stored(ILogger logger, string deliveryTargetId, string submissionId, string objectId, long length);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Information,
        Message = "Document {ObjectId} of submission {SubmissionId} (delivery target {DeliveryTargetId}) is already mirrored ({Length} bytes); skipped")]
    public static partial void Skipped(ILogger logger, string deliveryTargetId, string submissionId, string objectId, long length);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Warning,
        Message = "Document {ObjectId} of submission {SubmissionId} failed its integrity check; nothing was kept and the message will be retried")]
    public static partial void IntegrityFailed(ILogger logger, string submissionId, string objectId, Exception exception);

    [LoggerMessage(EventId = 5204, Level = LogLevel.Warning,
        Message = "Enrollment has no document {ObjectId} for submission {SubmissionId}")]
    public static partial void NotFound(ILogger logger, string submissionId, string objectId);

    [LoggerMessage(EventId = 5205, Level = LogLevel.Warning,
        Message = "Enrollment sent document {ObjectId} of submission {SubmissionId} without {Missing}; it is stored without that check")]
    public static partial void Unverified(ILogger logger, string submissionId, string objectId, string missing);

    [LoggerMessage(EventId = 5206, Level = LogLevel.Warning,
        Message = "Document {ObjectId} of submission {SubmissionId} was refused and kept as a rejection: {Rule}")]
    public static partial void Refused(ILogger logger, string submissionId, string objectId, string rule);
}
