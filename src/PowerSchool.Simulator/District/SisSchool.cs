namespace PowerSchool.Simulator.District;

/// <summary>A school row (PowerSchool's SCHOOLS table).</summary>
public sealed record SisSchool
{
    public required long Dcid { get; init; }

    public required long Id { get; init; }

    public required int SchoolNumber { get; init; }

    public required string Name { get; init; }

    public required string Abbreviation { get; init; }

    public required int LowGrade { get; init; }

    public required int HighGrade { get; init; }

    public string? StateProvinceId { get; init; }

    public string? Street { get; init; }

    public string? City { get; init; }

    public string? State { get; init; }

    public string? Zip { get; init; }

    public string? Phone { get; init; }

    public string? PrincipalName { get; init; }

    public string? PrincipalEmail { get; init; }
}
