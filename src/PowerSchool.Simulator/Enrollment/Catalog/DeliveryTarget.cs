namespace PowerSchool.Simulator.Enrollment.Catalog;

/// <summary>A delivery target as GET /deliverytargets lists it.</summary>
public sealed record DeliveryTarget(string Id, string Title);
