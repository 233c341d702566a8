using PowerSchool.Simulator.Enrollment.Submissions;

namespace PowerSchool.Simulator.Enrollment.Generation;

/// <summary>Spoils one thing in a submission, the way families and misconfigured forms do.</summary>
internal static class FlawApplier
{
    public static SubmissionData Apply(SubmissionData data, string flaw) => flaw switch
    {
        FlawKind.MissingLastName => data with { Student = data.Student with { LastName = "" } },
        FlawKind.InvalidBirthDate => data with { Student = data.Student with { BirthDate = "02/30/2015" } },
        FlawKind.UnknownSchool => data with { Student = data.Student with { School = "Springfield Academy of Nowhere", SchoolNumber = "" } },
        FlawKind.UnknownGrade => data with { Student = data.Student with { Grade = "13" } },
        FlawKind.UnknownStudentNumber => data with { Student = data.Student with { StudentID = "99999999" } },
        _ => throw new ArgumentOutOfRangeException(nameof(flaw), flaw, "Unknown flaw kind."),
    };
}
