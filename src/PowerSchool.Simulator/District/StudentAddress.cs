namespace PowerSchool.Simulator.District;

/// <summary>A physical or mailing address of a student (all of street, city, state and zip, or none).</summary>
public sealed record StudentAddress(string Street, string City, string StateProvince, string PostalCode, string? GridLocation = null);
