namespace PowerSchool.Client.Enrollment;

/// <summary>
/// A delivery batch (<c>createbatch</c> returns it with its records; <c>getbatches</c> returns batches
/// without records).
/// </summary>
public sealed record DeliveryBatch(string Id, DateTimeOffset? Date, IReadOnlyList<DeliveryRecord> Records);
