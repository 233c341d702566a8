using Microsoft.Extensions.Logging;

namespace PsFunctions.Sync.Audit;

/// <summary>Log messages of the audit: ids, counts and field counts only, never the values it keeps.</summary>
internal static partial class AuditLog
{
    [LoggerMessage(EventId = 4441, Level = LogLevel.Information, Message = "Purged {Count} audit row(s) recorded before {Cutoff}")]
    public static partial void Purged(ILogger logger, int count, DateTimeOffset cutoff);

    [LoggerMessage(EventId = 4442, Level = LogLevel.Information, Message = "Submission {SubmissionId}: kept the audit entry of an earlier attempt ({FieldCount} changed field(s))")]
    public static partial void KeptEarlierEntry(ILogger logger, string submissionId, int fieldCount);

    [LoggerMessage(EventId = 4443, Level = LogLevel.Information, Message = "Submission {SubmissionId}: refused by PowerSchool; its pending audit entry is discarded")]
    public static partial void Discarded(ILogger logger, string submissionId);
}
