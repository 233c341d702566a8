using System.Globalization;
using PowerSchool.Simulator.District;

namespace PowerSchool.Simulator.Sis.Tables;

/// <summary>
/// Columns of the core tables, named as in PowerSchool's data dictionary (the commonly used ones: what public clients
/// and district tools project). A column the simulator keeps no value for answers "", as PowerSchool does.
/// </summary>
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
        ["enrollment_schoolid"] = TableColumn<SisStudent>.Number(s => s.Enrollment.SchoolNumber),
        ["enroll_status"] = TableColumn<SisStudent>.Number(s => s.Enrollment.EnrollStatusCode),
        ["entrydate"] = TableColumn<SisStudent>.Date(s => s.Enrollment.EntryDate),
        ["exitdate"] = TableColumn<SisStudent>.Date(s => s.Enrollment.ExitDate),
        ["entrycode"] = TableColumn<SisStudent>.Text(s => s.Enrollment.EntryCode),
        ["exitcode"] = TableColumn<SisStudent>.Text(s => s.Enrollment.ExitCode),
        ["exitcomment"] = TableColumn<SisStudent>.Text(s => s.Enrollment.ExitComment),
        ["track"] = TableColumn<SisStudent>.Text(s => s.Enrollment.Track),
        ["fteid"] = TableColumn<SisStudent>.Number(s => s.Enrollment.FteId),
        ["districtofresidence"] = TableColumn<SisStudent>.Text(s => s.Enrollment.DistrictOfResidence),
        ["districtentrydate"] = TableColumn<SisStudent>.Date(s => s.DistrictEntryDate),
        ["districtentrygradelevel"] = TableColumn<SisStudent>.Number(s => s.DistrictEntryGradeLevel),
        ["schoolentrydate"] = TableColumn<SisStudent>.Date(s => s.SchoolEntryDate),
        ["schoolentrygradelevel"] = TableColumn<SisStudent>.Number(s => s.SchoolEntryGradeLevel),
        ["sched_yearofgraduation"] = TableColumn<SisStudent>.Number(s => s.ProjectedGraduationYear),
        ["sched_nextyeargrade"] = TableColumn<SisStudent>.Number(s => s.SchedNextYearGrade),
        ["next_school"] = TableColumn<SisStudent>.Number(s => s.NextSchool),
        ["home_room"] = TableColumn<SisStudent>.Text(s => s.HomeRoom),
        ["home_phone"] = TableColumn<SisStudent>.Text(s => s.HomePhone),
        ["street"] = TableColumn<SisStudent>.Text(s => s.PhysicalAddress?.Street),
        ["city"] = TableColumn<SisStudent>.Text(s => s.PhysicalAddress?.City),
        ["state"] = TableColumn<SisStudent>.Text(s => s.PhysicalAddress?.StateProvince),
        ["zip"] = TableColumn<SisStudent>.Text(s => s.PhysicalAddress?.PostalCode),
        ["mailing_street"] = TableColumn<SisStudent>.Text(s => s.MailingAddress?.Street),
        ["mailing_city"] = TableColumn<SisStudent>.Text(s => s.MailingAddress?.City),
        ["mailing_state"] = TableColumn<SisStudent>.Text(s => s.MailingAddress?.StateProvince),
        ["mailing_zip"] = TableColumn<SisStudent>.Text(s => s.MailingAddress?.PostalCode),
        ["mother"] = TableColumn<SisStudent>.Text(s => s.Contact.Mother),
        ["father"] = TableColumn<SisStudent>.Text(s => s.Contact.Father),
        ["emerg_contact_1"] = TableColumn<SisStudent>.Text(s => s.Contact.EmergencyContactName1),
        ["emerg_phone_1"] = TableColumn<SisStudent>.Text(s => s.Contact.EmergencyPhone1),
        ["emerg_contact_2"] = TableColumn<SisStudent>.Text(s => s.Contact.EmergencyContactName2),
        ["emerg_phone_2"] = TableColumn<SisStudent>.Text(s => s.Contact.EmergencyPhone2),
        ["guardianemail"] = TableColumn<SisStudent>.Text(s => s.Contact.GuardianEmail),
        ["guardianfax"] = TableColumn<SisStudent>.Text(s => s.Contact.GuardianFax),
        ["doctor_name"] = TableColumn<SisStudent>.Text(s => s.Contact.DoctorName),
        ["doctor_phone"] = TableColumn<SisStudent>.Text(s => s.Contact.DoctorPhone),
        ["fedethnicity"] = TableColumn<SisStudent>.Text(s => s.FederalEthnicity),
        // Siblings share a family_ident in PowerSchool; the generated district keeps no families.
        ["family_ident"] = TableColumn<SisStudent>.Number(_ => null),
        ["transaction_date"] = TableColumn<SisStudent>.Text(s => s.TransactionDate.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
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
        ["alternate_school_number"] = TableColumn<SisSchool>.Number(_ => null),
        ["state_excludefromreporting"] = TableColumn<SisSchool>.Number(_ => 0),
        ["schooladdress"] = TableColumn<SisSchool>.Text(s => s.Street),
        ["schoolcity"] = TableColumn<SisSchool>.Text(s => s.City),
        ["schoolstate"] = TableColumn<SisSchool>.Text(s => s.State),
        ["schoolzip"] = TableColumn<SisSchool>.Text(s => s.Zip),
        ["schoolphone"] = TableColumn<SisSchool>.Text(s => s.Phone),
        ["principal"] = TableColumn<SisSchool>.Text(s => s.PrincipalName),
        ["principalemail"] = TableColumn<SisSchool>.Text(s => s.PrincipalEmail),
    };

    public static readonly Dictionary<string, TableColumn<SectionRow>> Sections = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dcid"] = TableColumn<SectionRow>.Number(s => s.Section.Dcid),
        ["id"] = TableColumn<SectionRow>.Number(s => s.Section.Id),
        ["course_number"] = TableColumn<SectionRow>.Text(s => s.Section.CourseNumber),
        ["section_number"] = TableColumn<SectionRow>.Text(s => s.Section.SectionNumber),
        ["schoolid"] = TableColumn<SectionRow>.Number(s => s.SchoolNumber),
        ["teacher"] = TableColumn<SectionRow>.Number(s => s.Section.StaffId),
        ["termid"] = TableColumn<SectionRow>.Number(s => s.Section.TermId),
        ["expression"] = TableColumn<SectionRow>.Text(s => s.Section.Expression),
        ["room"] = TableColumn<SectionRow>.Text(_ => null),
        ["maxenrollment"] = TableColumn<SectionRow>.Number(_ => null),
    };

    public static readonly Dictionary<string, TableColumn<CourseEnrollmentRow>> CourseEnrollments = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dcid"] = TableColumn<CourseEnrollmentRow>.Number(c => c.Enrollment.Dcid),
        ["id"] = TableColumn<CourseEnrollmentRow>.Number(c => c.Enrollment.Id),
        ["studentid"] = TableColumn<CourseEnrollmentRow>.Number(c => c.Enrollment.StudentId),
        ["sectionid"] = TableColumn<CourseEnrollmentRow>.Number(c => c.Enrollment.SectionId),
        ["schoolid"] = TableColumn<CourseEnrollmentRow>.Number(c => c.SchoolNumber),
        ["course_number"] = TableColumn<CourseEnrollmentRow>.Text(c => c.Enrollment.CourseNumber),
        ["section_number"] = TableColumn<CourseEnrollmentRow>.Text(c => c.Enrollment.SectionNumber),
        ["dateenrolled"] = TableColumn<CourseEnrollmentRow>.Date(c => c.Enrollment.DateEnrolled),
        ["dateleft"] = TableColumn<CourseEnrollmentRow>.Date(c => c.Enrollment.DateLeft),
        ["termid"] = TableColumn<CourseEnrollmentRow>.Number(c => c.Enrollment.TermId),
    };

    public static readonly Dictionary<string, TableColumn<SisTerm>> Terms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dcid"] = TableColumn<SisTerm>.Number(t => t.Dcid),
        ["id"] = TableColumn<SisTerm>.Number(t => t.Id),
        ["name"] = TableColumn<SisTerm>.Text(t => t.Name),
        ["abbreviation"] = TableColumn<SisTerm>.Text(t => t.Abbreviation),
        ["firstday"] = TableColumn<SisTerm>.Date(t => t.FirstDay),
        ["lastday"] = TableColumn<SisTerm>.Date(t => t.LastDay),
        ["yearid"] = TableColumn<SisTerm>.Number(t => t.YearId),
        ["schoolid"] = TableColumn<SisTerm>.Number(t => t.SchoolNumber),
        ["portion"] = TableColumn<SisTerm>.Number(t => t.Portion),
        ["isyearrec"] = TableColumn<SisTerm>.Number(t => t.IsYearRecord ? 1 : 0),
    };
}
