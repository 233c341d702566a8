using System.Text.Json;

namespace PowerSchool.Client.Enrollment;

/// <summary>
/// One submission record delivered in a batch. <see cref="Data"/> is the delivery target's JSON exactly as
/// sent (its shape is configured per target), preserved for the sync engine to map.
/// </summary>
public sealed record DeliveryRecord(long Id, DateTimeOffset? Submitted, JsonElement Data);
