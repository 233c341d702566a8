namespace PowerSchool.Simulator.Enrollment;

/// <summary>Log messages of the simulated Enrollment API: ids and counts only, never family data or URLs.</summary>
internal static partial class EnrollmentLog
{
    [LoggerMessage(EventId = 9101, Level = LogLevel.Information, Message = "Rejected an Enrollment API request without a valid API key")]
    public static partial void RejectedApiKey(this ILogger logger);

    [LoggerMessage(EventId = 9102, Level = LogLevel.Information, Message = "Created batch {BatchId} for delivery target {DeliveryTargetId} with {Count} submissions")]
    public static partial void BatchCreated(this ILogger logger, Guid batchId, string deliveryTargetId, int count);

    [LoggerMessage(EventId = 9103, Level = LogLevel.Information, Message = "Reset batch {BatchId}: {Count} submissions available again")]
    public static partial void BatchReset(this ILogger logger, Guid batchId, int count);

    [LoggerMessage(EventId = 9104, Level = LogLevel.Information, Message = "Created {Count} submissions starting at id {FirstId}")]
    public static partial void SubmissionsCreated(this ILogger logger, int count, long firstId);

    [LoggerMessage(EventId = 9105, Level = LogLevel.Information, Message = "Refused document {ObjectId}: {Reason}")]
    public static partial void DocumentRefused(this ILogger logger, string objectId, Documents.DocumentUrlCheck reason);
}
