namespace PowerSchool.Client.Enrollment;

/// <summary>A delivery target: how approved submissions are formatted for delivery. Ids are numbers in the
/// documentation and GUIDs in deployments; both are read as text.</summary>
public sealed record DeliveryTarget(string Id, string? Title);
