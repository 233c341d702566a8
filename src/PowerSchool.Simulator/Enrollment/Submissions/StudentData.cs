namespace PowerSchool.Simulator.Enrollment.Submissions;

/// <summary>
/// The student part of a delivered record. Values are strings, as delivery targets format them; a flawed
/// submission may carry a value that does not parse (that is the point of it).
/// </summary>
public sealed record StudentData
{
    /// <summary>The SIS student number for a returning student; empty for a new one.</summary>
    public string StudentID { get; init; } = "";

    /// <summary>The state student id for a returning student, when the SIS has one.</summary>
    public string StateID { get; init; } = "";

    public string? FirstName { get; init; }

    public string? MiddleName { get; init; }

    public string? LastName { get; init; }

    /// <summary>MM/dd/yyyy.</summary>
    public string? BirthDate { get; init; }

    /// <summary>M or F.</summary>
    public string? Gender { get; init; }

    /// <summary>Grade name: PK, K, 1 ... 12.</summary>
    public string? Grade { get; init; }

    /// <summary>The school's name as families pick it.</summary>
    public string? School { get; init; }

    /// <summary>The SIS school number of that school (empty when the name matches no school).</summary>
    public string? SchoolNumber { get; init; }
}
