namespace PowerSchool.Client.Sis;

/// <summary>A physical, mailing or home address. PowerSchool requires all parts (but grid location) when one is sent.</summary>
public sealed record SisAddress
{
    public string? Street { get; init; }

    public string? City { get; init; }

    public string? StateProvince { get; init; }

    /// <summary>Postal code; PowerSchool sometimes sends it as a number, read here as text.</summary>
    public string? PostalCode { get; init; }

    public string? GridLocation { get; init; }
}
