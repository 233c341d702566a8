using PowerSchool.Simulator.District;

namespace PowerSchool.Simulator.Sis.Tables;

/// <summary>Columns of the core tables, named as in PowerSchool's schema.</summary>
internal static class TableColumns
{
    public static readonly Dictionary<string, TableColumn<SisStudent>> Students = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dcid"] = TableColumn<SisStudent>.Number(s => s.Dcid),
        ["id"] = TableColumn<SisStudent>.Number(s => s.Id),
        ["student_number"] = TableColumn<SisStudent>.Number(s => s.StudentNumber),
        ["state_studentnumber"] = TableColumn<SisStudent>.Text(s => s.StateStudentNumber),
        ["student_web_id"] = TableColumn<SisStudent>.Text(s => s.StudentWebId),
        ["first_name"] = TableColumn<SisStudent>.Text(s => s.FirstName),
        ["middle_name"] = TableColumn<SisStudent>.Text(s => s.MiddleName),
        ["last_name"] = TableColumn<SisStudent>.Text(s => s.LastName),
        ["lastfirst"] = TableColumn<SisStudent>.Text(s => s.LastFirst),
        ["gender"] = TableColumn<SisStudent>.Text(s => s.Gender),
        ["dob"] = TableColumn<SisStudent>.Date(s => s.DateOfBirth),
        ["grade_level"] = TableColumn<SisStudent>.Number(s => s.Enrollment.GradeLevel),
        ["schoolid"] = TableColumn<SisStudent>.Number(s => s.Enrollment.SchoolNumber),
        ["enroll_status"] = TableColumn<SisStudent>.Number(s => s.Enrollment.EnrollStatusCode),
        ["entrydate"] = TableColumn<SisStudent>.Date(s => s.Enrollment.EntryDate),
        ["exitdate"] = TableColumn<SisStudent>.Date(s => s.Enrollment.ExitDate),
        ["home_phone"] = TableColumn<SisStudent>.Text(s => s.HomePhone),
        ["street"] = TableColumn<SisStudent>.Text(s => s.PhysicalAddress?.Street),
        ["city"] = TableColumn<SisStudent>.Text(s => s.PhysicalAddress?.City),
        ["state"] = TableColumn<SisStudent>.Text(s => s.PhysicalAddress?.StateProvince),
        ["zip"] = TableColumn<SisStudent>.Text(s => s.PhysicalAddress?.PostalCode),
        ["transaction_date"] = TableColumn<SisStudent>.Text(s => s.TransactionDate.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)),
    };

    public static readonly Dictionary<string, TableColumn<SisSchool>> Schools = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dcid"] = TableColumn<SisSchool>.Number(s => s.Dcid),
        ["id"] = TableColumn<SisSchool>.Number(s => s.Id),
        ["school_number"] = TableColumn<SisSchool>.Number(s => s.SchoolNumber),
        ["name"] = TableColumn<SisSchool>.Text(s => s.Name),
        ["abbreviation"] = TableColumn<SisSchool>.Text(s => s.Abbreviation),
        ["low_grade"] = TableColumn<SisSchool>.Number(s => s.LowGrade),
        ["high_grade"] = TableColumn<SisSchool>.Number(s => s.HighGrade),
    };

    public static readonly Dictionary<string, TableColumn<SisSection>> Sections = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dcid"] = TableColumn<SisSection>.Number(s => s.Dcid),
        ["id"] = TableColumn<SisSection>.Number(s => s.Id),
        ["course_number"] = TableColumn<SisSection>.Text(s => s.CourseNumber),
        ["section_number"] = TableColumn<SisSection>.Text(s => s.SectionNumber),
        ["schoolid"] = TableColumn<SisSection>.Number(s => s.SchoolDcid),
        ["teacher"] = TableColumn<SisSection>.Number(s => s.StaffId),
        ["termid"] = TableColumn<SisSection>.Number(s => s.TermId),
        ["expression"] = TableColumn<SisSection>.Text(s => s.Expression),
    };

    public static readonly Dictionary<string, TableColumn<SisCourseEnrollment>> CourseEnrollments = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dcid"] = TableColumn<SisCourseEnrollment>.Number(c => c.Dcid),
        ["id"] = TableColumn<SisCourseEnrollment>.Number(c => c.Id),
        ["studentid"] = TableColumn<SisCourseEnrollment>.Number(c => c.StudentId),
        ["sectionid"] = TableColumn<SisCourseEnrollment>.Number(c => c.SectionId),
        ["schoolid"] = TableColumn<SisCourseEnrollment>.Number(c => c.SchoolDcid),
        ["course_number"] = TableColumn<SisCourseEnrollment>.Text(c => c.CourseNumber),
        ["section_number"] = TableColumn<SisCourseEnrollment>.Text(c => c.SectionNumber),
        ["dateenrolled"] = TableColumn<SisCourseEnrollment>.Date(c => c.DateEnrolled),
        ["dateleft"] = TableColumn<SisCourseEnrollment>.Date(c => c.DateLeft),
        ["termid"] = TableColumn<SisCourseEnrollment>.Number(c => c.TermId),
    };
}
