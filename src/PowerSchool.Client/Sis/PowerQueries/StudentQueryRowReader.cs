using PowerSchool.Client.Sis.Students;
using static PowerSchool.Client.Sis.PowerQueries.StudentQueryValues;

namespace PowerSchool.Client.Sis.PowerQueries;

/// <summary>
/// Turns a flat row of the product's student queries into the <see cref="SisStudent"/> a GET would return: values are
/// text (PowerQuery answers strings), the enroll status letter and description come from the code as
/// <c>/ws/v1/student</c> shows them, and absent values stay null as a GET leaves them out. The other expansions are
/// <see cref="StudentQueryRowBlocks"/>.
/// </summary>
internal static class StudentQueryRowReader
{
    public static StudentQueryRow Read(SisRecord row)
    {
        var dcid = Number(row, "dcid") ?? throw new PowerSchoolException($"A row of {StudentQueries.ByDcid} or {StudentQueries.MatchCandidates} has no dcid.");
        var status = Whole(row, "enroll_status");
        var fte = Number(row, "fteid");
        var student = new SisStudent
        {
            Id = dcid,
            LocalId = Number(row, "student_number"),
            StateProvinceId = Text(row, "state_studentnumber"),
            StudentUsername = Text(row, "student_web_id"),
            Name = new PersonName { FirstName = Text(row, "first_name"), MiddleName = Text(row, "middle_name"), LastName = Text(row, "last_name") },
            Demographics = new StudentDemographics
            {
                BirthDate = Date(row, "dob"),
                Gender = Text(row, "gender"),
                DistrictEntryDate = Date(row, "districtentrydate"),
                ProjectedGraduationYear = Whole(row, "sched_yearofgraduation"),
            },
            SchoolEnrollment = new StudentSchoolEnrollment
            {
                EnrollStatus = status is { } code ? EnrollStatusNames.Letter(code) : null,
                EnrollStatusCode = status,
                EnrollStatusDescription = status is { } described ? EnrollStatusNames.Description(described) : null,
                GradeLevel = Whole(row, "grade_level"),
                EntryDate = Date(row, "entrydate"),
                ExitDate = Date(row, "exitdate"),
                SchoolNumber = Number(row, "schoolid"),
                SchoolId = Number(row, "school_dcid"),
                EntryCode = Text(row, "entrycode"),
                EntryComment = Text(row, "transfercomment"),
                ExitCode = Text(row, "exitcode"),
                ExitComment = Text(row, "exitcomment"),
                DistrictOfResidence = Text(row, "districtofresidence"),
                Track = Text(row, "track"),
                FullTimeEquivalency = fte is null ? null : new StudentFullTimeEquivalency { Fteid = fte },
            },
            Addresses = StudentQueryRowBlocks.Addresses(row),
            Phones = StudentQueryRowBlocks.Phones(row),
            Contact = StudentQueryRowBlocks.Contact(row),
            InitialEnrollment = StudentQueryRowBlocks.InitialEnrollment(row),
            ScheduleSetup = StudentQueryRowBlocks.ScheduleSetup(row),
        };
        return new StudentQueryRow(Number(row, "id") ?? 0, student);
    }
}
