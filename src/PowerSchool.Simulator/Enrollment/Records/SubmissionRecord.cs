using System.Globalization;
using PowerSchool.Simulator.Enrollment.Submissions;

namespace PowerSchool.Simulator.Enrollment.Records;

/// <summary>A submission record in the reference's shape (GET submissionrecords).</summary>
public sealed record SubmissionRecord
{
    public required long Id { get; init; }

    public required string Status { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

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

    public static SubmissionRecord From(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var student = submission.Data.Student;
        return new SubmissionRecord
        {
            Id = submission.Id,
            Status = submission.Status.ToString(),
            FirstName = student.FirstName,
            LastName = student.LastName,
            DateOfBirth = IsoDateOfBirth(student.BirthDate),
            ExternalStudentID = student.StudentID,
            ExternalFamilyID = submission.FamilyId,
            School = student.School,
            Grade = student.Grade,
            EnrollStatus = student.StudentID.Length > 0 ? "Enrolled" : "New",
            Started = WireTime.Local(submission.Started),
            Submitted = WireTime.Local(submission.Submitted),
            Tags = student.StudentID.Length > 0 ? ["Returning"] : ["New Student"],
            DataItems = SubmissionDataItems.From(submission.Data),
        };
    }

    // Records spell the birth date 2000-04-15T00:00:00; a flawed submission's unparsable date is passed through.
    private static string? IsoDateOfBirth(string? birthDate) =>
        DateOnly.TryParseExact(birthDate, "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? WireTime.Date(date)
            : birthDate;
}
