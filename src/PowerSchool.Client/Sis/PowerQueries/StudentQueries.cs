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
    /// The columns both queries answer, in order: identity, name, demographics and school enrollment (what matching
    /// needs), then every other <c>Students</c> column of a writable field but the contact e-mail (which lives in
    /// <c>PSM_StudentContact</c>): addresses, home phone, contact names and phones, initial enrollment and schedule setup.
    /// So an UPDATE's "before" and the change feed's tracked fields are read with the message's one query; the plugin
    /// reads only columns it already writes.
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
        new("street", "Students.Street"),
        new("city", "Students.City"),
        new("state", "Students.State"),
        new("zip", "Students.Zip"),
        new("geocode", "Students.Geocode"),
        new("mailing_street", "Students.Mailing_Street"),
        new("mailing_city", "Students.Mailing_City"),
        new("mailing_state", "Students.Mailing_State"),
        new("mailing_zip", "Students.Mailing_Zip"),
        new("mailing_geocode", "Students.Mailing_Geocode"),
        new("home_phone", "Students.Home_Phone"),
        new("emerg_contact_1", "Students.Emerg_Contact_1"),
        new("emerg_phone_1", "Students.Emerg_Phone_1"),
        new("emerg_contact_2", "Students.Emerg_Contact_2"),
        new("emerg_phone_2", "Students.Emerg_Phone_2"),
        new("guardianemail", "Students.GuardianEmail"),
        new("guardianfax", "Students.GuardianFax"),
        new("mother", "Students.Mother"),
        new("father", "Students.Father"),
        new("doctor_name", "Students.Doctor_Name"),
        new("doctor_phone", "Students.Doctor_Phone"),
        new("districtentrygradelevel", "Students.DistrictEntryGradeLevel", StudentQueryColumnType.Number),
        new("schoolentrydate", "Students.SchoolEntryDate", StudentQueryColumnType.Date),
        new("schoolentrygradelevel", "Students.SchoolEntryGradeLevel", StudentQueryColumnType.Number),
        new("home_room", "Students.Home_Room"),
        new("next_school", "Students.Next_School", StudentQueryColumnType.Number),
        new("sched_nextyeargrade", "Students.Sched_NextYearGrade", StudentQueryColumnType.Number),
    ];

    /// <summary>
    /// The top-level <c>/ws/v1/student</c> fields a row fills exactly as a GET of the student with those fields (and their
    /// expansions) does, so a student read by query fingerprints like one read by GET.
    /// </summary>
    public static IReadOnlyList<string> StudentFields { get; } =
        ["id", "local_id", "state_province_id", "student_username", "name", "demographics", "school_enrollment",
         "addresses", "phones", "contact", "initial_enrollment", "schedule_setup"];

    /// <summary>
    /// Whether a row carries the student field at <paramref name="path"/> (a writable field's dotted path, or a top-level
    /// field or expansion name) as a GET of it would: its top-level part is one of <see cref="StudentFields"/>.
    /// </summary>
    public static bool Reads(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return StudentFields.Contains(dot < 0 ? path : path[..dot], StringComparer.Ordinal);
    }
}
