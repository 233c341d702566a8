using System.Globalization;
using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Enrollment.Catalog;
using PowerSchool.Simulator.Enrollment.Generation;
using PowerSchool.Simulator.Enrollment.Submissions;

namespace PowerSchool.Simulator.Enrollment.Roster;

/// <summary>Builds roster records: returning SIS students, and rows imported through an import schema.</summary>
internal static class RosterRecordFactory
{
    public static RosterRecord FromStudent(long id, DirectoryStudent student, Submission? submission) => new()
    {
        Id = id,
        PublishedActionId = EnrollmentCatalog.ReturningStudentsActionId,
        Status = submission is null ? "NotStarted" : "Submitted",
        FirstName = student.FirstName,
        LastName = student.LastName,
        DateOfBirth = WireTime.Date(student.DateOfBirth),
        ExternalStudentID = student.StudentNumber,
        ExternalFamilyID = submission?.FamilyId,
        Grade = GradeNames.ForLevel(student.GradeLevel),
        School = submission?.Data.Student.School,
        EnrollStatus = "Enrolled",
        Started = submission is null ? null : WireTime.Local(submission.Started),
        Submitted = submission is null ? null : WireTime.Local(submission.Submitted),
        DataItems = new Dictionary<string, string>
        {
            ["stu_FirstName"] = student.FirstName,
            ["stu_LastName"] = student.LastName,
            ["stu_ExternalID"] = student.StudentNumber,
        },
    };
}
