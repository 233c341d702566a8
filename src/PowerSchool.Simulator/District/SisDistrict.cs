namespace PowerSchool.Simulator.District;

/// <summary>The district itself, as <c>GET /ws/v1/district</c> shows it.</summary>
public sealed record SisDistrict
{
    public required string Uuid { get; init; }

    public required string Name { get; init; }

    public required string DistrictNumber { get; init; }

    public string? Street { get; init; }

    public string? City { get; init; }

    public string? State { get; init; }

    public string? Zip { get; init; }

    public string? Phone { get; init; }

    /// <summary>What a fixture without a district shows.</summary>
    public static SisDistrict Unnamed { get; } = new() { Uuid = "00000000-0000-0000-0000-000000000000", Name = "Simulated School District", DistrictNumber = "0000" };
}
