namespace PowerSchool.Client.Enrollment;

/// <summary>A delivery target: how approved submissions are formatted for delivery.</summary>
public sealed record DeliveryTarget(long Id, string? Title);
