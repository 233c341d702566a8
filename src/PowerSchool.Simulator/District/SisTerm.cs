namespace PowerSchool.Simulator.District;

/// <summary>
/// A term of a school (PowerSchool's TERMS table): the year term's ID is the year ID (school year start minus 1990)
/// times 100, its semesters follow (<c>3600</c>, <c>3601</c>, <c>3602</c> for 2026-27), as in PowerSchool.
/// IDs repeat across schools; DCIDs are unique.
/// </summary>
public sealed record SisTerm(long Dcid, long Id, long SchoolDcid, int SchoolNumber, string Name, string Abbreviation, DateOnly FirstDay, DateOnly LastDay, int YearId, int Portion, bool IsYearRecord);
