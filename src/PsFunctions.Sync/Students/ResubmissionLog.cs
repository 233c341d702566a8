using Microsoft.Extensions.Logging;

namespace PsFunctions.Sync.Students;

/// <summary>Log messages of corrected resubmissions (ledger versions): ids only, never the content or its fingerprint.</summary>
internal static partial class ResubmissionLog
{
    [LoggerMessage(EventId = 4401, Level = LogLevel.Information, Message = "Submission {SubmissionId} came again with new content in batch {BatchId}; known student {KnownDcid}")]
    public static partial void NewContent(ILogger logger, string submissionId, string batchId, long? knownDcid);

    [LoggerMessage(EventId = 4402, Level = LogLevel.Information, Message = "Submission {SubmissionId} of batch {BatchId} skipped: a later batch delivered other content")]
    public static partial void OutOfDate(ILogger logger, string submissionId, string batchId);

    [LoggerMessage(EventId = 4403, Level = LogLevel.Information, Message = "Rejection of submission {SubmissionId} superseded by its delivery in batch {BatchId}")]
    public static partial void RejectionSuperseded(ILogger logger, string submissionId, string batchId);
}
