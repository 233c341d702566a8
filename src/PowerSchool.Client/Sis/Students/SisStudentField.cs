namespace PowerSchool.Client.Sis.Students;

/// <summary>
/// One writable SIS student field: its path in the student resource (as in a POST to /ws/v1/student, e.g.
/// <c>name.first_name</c>), the database column behind it, the longest value it takes (null when the data
/// dictionary gives none), its value rule, whether an INSERT needs it, and whether an UPDATE may change it
/// (the data dictionary's "Actions" column).
/// </summary>
public sealed record SisStudentField(
    string Path,
    string Column,
    int? MaxLength,
    SisFieldFormat Format,
    bool RequiredOnInsert,
    bool Updatable)
{
    /// <summary>
    /// Whether the value is a whole number, written as a JSON number in a student POST (local_id, grade
    /// levels, school numbers, enroll_status_code, fteid, ...); otherwise it is a JSON string.
    /// </summary>
    public bool IsNumber => Format is SisFieldFormat.WholeNumber or SisFieldFormat.GradeLevel
        or SisFieldFormat.SchoolNumber or SisFieldFormat.EnrollStatusCode;
}
