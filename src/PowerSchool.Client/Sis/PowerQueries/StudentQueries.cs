namespace PowerSchool.Client.Sis.PowerQueries;

/// <summary>
/// The named queries the PsFunctions plugin ships (<c>queries_root/&lt;name&gt;.named_queries.xml</c>) and this client
/// calls: their names (PowerSchool's five dot-separated parts), arguments and columns, in this one place. The plugin
/// writes its SQL and access request from <see cref="Columns"/>; the simulator runs queries of the same names, and a test
/// keeps its columns equal to these.
/// </summary>
public static class StudentQueries
{
    /// <summary>Candidate students of a message: <c>Student_Number in (:student_numbers) or State_StudentNumber in (:state_ids) or upper(Last_Name) in (:last_names)</c>.</summary>
    public const string MatchCandidates = "org.psfunctions.sync.students.match_candidates";

    /// <summary>Students by DCID: <c>DCID in (:dcids)</c>.</summary>
    public const string ByDcid = "org.psfunctions.sync.students.by_dcid";

    public const string StudentNumbersArgument = "student_numbers";
    public const string StateIdsArgument = "state_ids";
    public const string LastNamesArgument = "last_names";
    public const string DcidsArgument = "dcids";

    /// <summary>Values one array argument carries: Oracle refuses an IN list of more than 1,000 (ORA-01795), so callers chunk.</summary>
    public const int MaxArrayValues = 1000;

    /// <summary>
    /// The columns both queries answer, in order: identity, name, demographics and school enrollment, which is what
    /// matching needs and what an UPDATE's "before" and the change feed's default tracked fields read. Addresses,
    /// contacts and phones are left out: reading them would widen the plugin's access beyond what it writes.
    /// </summary>
    public static IReadOnlyList<StudentQueryColumn> Columns { get; } =
    [
        new("dcid", "Students.DCID", StudentQueryColumnType.Number),
        new("id", "Students.ID", StudentQueryColumnType.Number),
        new("student_number", "Students.Student_Number", StudentQueryColumnType.Number),
        new("state_studentnumber", "Students.State_StudentNumber"),
        new("student_web_id", "Students.Student_Web_ID"),
        new("last_name", "Students.Last_Name"),
        new("first_name", "Students.First_Name"),
        new("middle_name", "Students.Middle_Name"),
        new("dob", "Students.DOB", StudentQueryColumnType.Date),
        new("gender", "Students.Gender"),
        new("districtentrydate", "Students.DistrictEntryDate", StudentQueryColumnType.Date),
        new("sched_yearofgraduation", "Students.Sched_YearOfGraduation", StudentQueryColumnType.Number),
        new("enroll_status", "Students.Enroll_Status", StudentQueryColumnType.Number),
        new("grade_level", "Students.Grade_Level", StudentQueryColumnType.Number),
        new("schoolid", "Students.SchoolID", StudentQueryColumnType.Number),
        new("school_dcid", "Schools.DCID", StudentQueryColumnType.Number),
        new("entrydate", "Students.EntryDate", StudentQueryColumnType.Date),
        new("exitdate", "Students.ExitDate", StudentQueryColumnType.Date),
        new("entrycode", "Students.EntryCode"),
        new("transfercomment", "Students.TransferComment"),
        new("exitcode", "Students.ExitCode"),
        new("exitcomment", "Students.ExitComment"),
        new("districtofresidence", "Students.DistrictOfResidence"),
        new("track", "Students.Track"),
        new("fteid", "Students.FteId", StudentQueryColumnType.Number),
    ];

    /// <summary>
    /// The top-level <c>/ws/v1/student</c> fields a row fills exactly as a GET of the student with those fields (and their
    /// expansions) does, so a student read by query fingerprints like one read by GET.
    /// </summary>
    public static IReadOnlyList<string> StudentFields { get; } =
        ["id", "local_id", "state_province_id", "student_username", "name", "demographics", "school_enrollment"];
}
