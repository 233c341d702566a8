namespace PsFunctions.Sync.Mapping;

/// <summary>
/// One SIS student field the product can write: its path in the student resource (as in a POST to
/// /ws/v1/student, e.g. <c>name.first_name</c>), the database column behind it, the longest value it takes
/// (null when the data dictionary gives none), its value rule, whether an INSERT needs it, and whether an
/// UPDATE may change it (the data dictionary's "Actions" column).
/// </summary>
public sealed record SisStudentField(
    string Path,
    string Column,
    int? MaxLength,
    SisFieldFormat Format,
    bool RequiredOnInsert,
    bool Updatable);
