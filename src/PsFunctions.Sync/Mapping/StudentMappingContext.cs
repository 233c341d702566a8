namespace PsFunctions.Sync.Mapping;

/// <summary>What a mapping needs from the SIS at run time: its schools (for lookups) and the school year (for defaults).</summary>
public sealed record StudentMappingContext(IReadOnlyList<DistrictSchool> Schools, SchoolYearDates SchoolYear);
