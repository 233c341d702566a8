using System.Text.Json.Serialization;

namespace PowerSchool.Simulator.Enrollment.Roster;

/// <summary>A roster record (a student a published action expects a form for), in the reference's wire shape.</summary>
public sealed record RosterRecord
{
    public required long Id { get; init; }

    [JsonIgnore]
    public int PublishedActionId { get; init; }

    public required string Status { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    /// <summary>yyyy-MM-ddT00:00:00, as in the reference.</summary>
    public string? DateOfBirth { get; init; }

    public string? ExternalStudentID { get; init; }

    public string? ExternalFamilyID { get; init; }

    public string Household { get; init; } = "Primary";

    public string? School { get; init; }

    public string? Grade { get; init; }

    public string? EnrollStatus { get; init; }

    public string? Imported { get; init; }

    public string? Started { get; init; }

    public string? Submitted { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyDictionary<string, string> DataItems { get; init; } = new Dictionary<string, string>();
}
