namespace PowerSchool.Simulator.District;

/// <summary>An enrolled student as a re-enrolment submission refers to them.</summary>
public sealed record DirectoryStudent(
    long Dcid,
    string StudentNumber,
    string? StateStudentNumber,
    string FirstName,
    string LastName,
    DateOnly DateOfBirth,
    int GradeLevel,
    int SchoolNumber);
