namespace PowerSchool.Simulator.Enrollment.Batches;

/// <summary>A batch created by createbatch: which submissions it delivered and whether it is still open.</summary>
/// <param name="AutoOpen">True until the batch is reset (reset "also closes said batch in the event that it's open").</param>
public sealed record DeliveryBatch(Guid Id, string DeliveryTargetId, DateTimeOffset Date, IReadOnlyList<long> SubmissionIds, bool AutoOpen);
