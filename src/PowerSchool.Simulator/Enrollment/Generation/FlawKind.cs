namespace PowerSchool.Simulator.Enrollment.Generation;

/// <summary>The deliberate defects a flawed submission can carry (one each), for downstream rejection tests.</summary>
public static class FlawKind
{
    public const string MissingLastName = "MissingLastName";
    public const string InvalidBirthDate = "InvalidBirthDate";
    public const string UnknownSchool = "UnknownSchool";
    public const string UnknownGrade = "UnknownGrade";
    public const string UnknownStudentNumber = "UnknownStudentNumber";

    public static IReadOnlyList<string> All { get; } =
        [MissingLastName, InvalidBirthDate, UnknownSchool, UnknownGrade, UnknownStudentNumber];
}
