namespace PsFunctions.Bench.Harness;

/// <summary>A SIS student as the simulator stores it, reduced to what the audits compare.</summary>
internal sealed record SisStudentRow(long Dcid, string? FirstName, string? LastName, string? DateOfBirth);
