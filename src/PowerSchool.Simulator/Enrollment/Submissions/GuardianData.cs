namespace PowerSchool.Simulator.Enrollment.Submissions;

/// <summary>A parent or guardian of a delivered record (the reference's parent1/parent2 blocks).</summary>
public sealed record GuardianData
{
    public string StudentID { get; init; } = "";

    public required string Relationship { get; init; }

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public string? HomePhone { get; init; }

    public string? CellPhone { get; init; }

    public string? Email { get; init; }
}
