namespace PowerSchool.Client.Sis.Schools;

/// <summary>A school (<c>/ws/v1/district/school</c>, <c>/ws/v1/school/{dcid}</c>).</summary>
public sealed record SisSchool
{
    /// <summary>Schools.DCID.</summary>
    public long Id { get; init; }

    public long? SchoolNumber { get; init; }

    public string? Name { get; init; }

    public string? StateProvinceId { get; init; }

    public int? LowGrade { get; init; }

    public int? HighGrade { get; init; }

    public long? AlternateSchoolNumber { get; init; }

    public SisAddresses? Addresses { get; init; }

    public SisPhones? Phones { get; init; }

    public SchoolPrincipal? Principal { get; init; }

    public SchoolPrincipal? AssistantPrincipal { get; init; }
}
