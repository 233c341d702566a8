namespace PowerSchool.Simulator.Enrollment.Batches;

/// <summary>One line of a submission's delivery history: delivered in a batch, or made available again by a reset.</summary>
public sealed record DeliveryEvent(DateTimeOffset At, DeliveryEventKind Kind, Guid BatchId, string DeliveryTargetId, long SubmissionId);
