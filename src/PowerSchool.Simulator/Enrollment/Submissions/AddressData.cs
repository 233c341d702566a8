namespace PowerSchool.Simulator.Enrollment.Submissions;

/// <summary>The home address of a delivered record.</summary>
public sealed record AddressData(string Street, string City, string State, string Zip);
