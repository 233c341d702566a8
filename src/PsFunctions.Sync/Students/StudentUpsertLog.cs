using Microsoft.Extensions.Logging;

namespace PsFunctions.Sync.Students;

/// <summary>Log messages of the upsert flow: ids and counts only, never names, dates or record bodies.</summary>
internal static partial class StudentUpsertLog
{
    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Batch {BatchId}: {Pending} submission(s) to apply, {AlreadyDone} already applied or rejected")]
    public static partial void MessageRead(ILogger logger, string batchId, int pending, int alreadyDone);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Information, Message = "Submission {SubmissionId} applied to student {Dcid} ({Action})")]
    public static partial void Applied(ILogger logger, string submissionId, long dcid, string action);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Warning, Message = "Submission {SubmissionId} rejected before posting ({ReasonCount} reason(s))")]
    public static partial void Rejected(ILogger logger, string submissionId, int reasonCount);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Warning, Message = "Submission {SubmissionId} refused by PowerSchool ({ErrorCount} field error(s))")]
    public static partial void RefusedBySis(ILogger logger, string submissionId, int errorCount);

    [LoggerMessage(EventId = 4205, Level = LogLevel.Warning, Message = "Submission {SubmissionId}: PowerSchool gave no outcome; it is looked up again on the next delivery")]
    public static partial void OutcomeUnknown(ILogger logger, string submissionId);

    [LoggerMessage(EventId = 4206, Level = LogLevel.Error, Message = "Batch {BatchId}: gave up after {Attempts} attempt(s) ({ErrorType}); {Count} submission(s) kept in the rejection store")]
    public static partial void GivenUp(ILogger logger, string batchId, int count, int attempts, string errorType);

    [LoggerMessage(EventId = 4210, Level = LogLevel.Information, Message = "Batch {BatchId}: {Count} submission(s) wait for another instance's upsert of the same student; sent again in a delayed message")]
    public static partial void WaitingForClaims(ILogger logger, string batchId, int count);

    [LoggerMessage(EventId = 4211, Level = LogLevel.Warning, Message = "Batch {BatchId}: {Count} submission(s) lost a claim before the POST (it ran out and another instance took it); planned again, or read again later when it was the submission's own")]
    public static partial void ClaimsLost(ILogger logger, string batchId, int count);

    [LoggerMessage(EventId = 4421, Level = LogLevel.Warning, Message = "Submission {SubmissionId} applied to student {Dcid} without {Field}: kept as a {Kind} attention item for a person")]
    public static partial void AttentionKept(ILogger logger, string submissionId, long dcid, string field, string kind);
}
