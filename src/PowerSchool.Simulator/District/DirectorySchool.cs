namespace PowerSchool.Simulator.District;

/// <summary>A school as family submissions refer to it.</summary>
public sealed record DirectorySchool(long Dcid, int SchoolNumber, string Name, string Abbreviation, int LowGrade, int HighGrade);
