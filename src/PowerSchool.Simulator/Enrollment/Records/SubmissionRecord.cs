using System.Globalization;
using PowerSchool.Simulator.Enrollment.Submissions;

namespace PowerSchool.Simulator.Enrollment.Records;

/// <summary>Builds a submission record (GET submissionrecords) from a submission.</summary>
public static class SubmissionRecord
{
    public static EnrollmentRecord From(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var student = submission.Data.Student;
        return new EnrollmentRecord
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
