namespace PowerSchool.Simulator.District;

/// <summary>A guardian of a student (PowerSchool's GUARDIAN and GUARDIANSTUDENT tables, flattened).</summary>
public sealed record SisGuardian(
    long GuardianId,
    long StudentDcid,
    string FirstName,
    string LastName,
    string Relationship,
    string? Email,
    string? Phone);
