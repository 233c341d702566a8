namespace PsFunctions.Sync.Mapping;

/// <summary>
/// A school from the SIS schools list (GET /ws/v1/district/school), the lookup table for school names.
/// The grade range, when known, bounds the grade levels the school takes.
/// </summary>
public sealed record SisSchool(int SchoolNumber, string Name, string Abbreviation, int? LowGrade = null, int? HighGrade = null);
