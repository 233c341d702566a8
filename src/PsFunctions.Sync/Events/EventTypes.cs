namespace PsFunctions.Sync.Events;

/// <summary>The CloudEvents <c>type</c> values PsFunctions publishes.</summary>
public static class EventTypes
{
    public const string SubmissionReceived = "enrollment.submission.received";
    public const string StudentUpserted = "student.upserted";
    public const string StudentRejected = "student.rejected";
    public const string StudentAttention = "student.attention";
    public const string StudentCreated = "student.created";
    public const string StudentUpdated = "student.updated";
    public const string StudentRemoved = "student.removed";
    public const string DocumentMirrored = "document.mirrored";
}
