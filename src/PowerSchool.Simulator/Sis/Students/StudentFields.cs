using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Sis.Http;

namespace PowerSchool.Simulator.Sis.Students;

/// <summary>The fields a student <c>q</c> may search on (the PowerSchool searching page's list).</summary>
internal static class StudentFields
{
    public static Dictionary<string, FiqlField<SisStudent>> For(DistrictState state) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = new(Number: s => s.Dcid),
        ["local_id"] = new(Number: s => s.StudentNumber),
        ["name.last_name"] = new(Text: s => s.LastName),
        ["name.first_name"] = new(Text: s => s.FirstName),
        ["student_username"] = new(Text: s => s.StudentWebId),
        ["state_province_id"] = new(Text: s => s.StateStudentNumber),
        ["school_enrollment.enroll_status"] = new(Text: s => EnrollStatus.Letter(s.Enrollment.EnrollStatusCode)),
        ["school_enrollment.enroll_status_code"] = new(Number: s => s.Enrollment.EnrollStatusCode),
        ["school_enrollment.entry_date"] = new(Date: s => s.Enrollment.EntryDate),
        ["school_enrollment.school_id"] = new(Number: s => state.SchoolsByNumber.TryGetValue(s.Enrollment.SchoolNumber, out var school) ? school.Dcid : null),
    };
}
