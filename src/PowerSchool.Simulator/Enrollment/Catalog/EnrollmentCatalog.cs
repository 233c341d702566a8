namespace PowerSchool.Simulator.Enrollment.Catalog;

/// <summary>
/// The fixed set-up of the simulated solution: two published actions (new-student enrollment and
/// returning-student registration), their import schemas and two checklists.
/// </summary>
public static class EnrollmentCatalog
{
    public const int NewStudentsActionId = 2001;
    public const int ReturningStudentsActionId = 2002;

    public static IReadOnlyList<ImportSchema> ImportSchemas { get; } =
    [
        new(1, "Student Roster", ["FirstName", "MiddleName", "LastName", "DateOfBirth", "ExternalID", "ExternalFamilyID", "Grade", "School", "EmailAddress"]),
        new(2, "Family Roster", ["stu_FirstName", "stu_LastName", "stu_ExternalID", "stu_Email", "stu_Phone"]),
    ];

    public static IReadOnlyList<PublishedAction> PublishedActions(DateTimeOffset now)
    {
        var start = SchoolYearStart(now);
        var year = $"{start}-{start + 1}";
        return [new(NewStudentsActionId, "New Student Enrollment", year), new(ReturningStudentsActionId, "Returning Student Registration", year)];
    }

    /// <summary>
    /// The year the school year families enrol for starts: this calendar year until September, next year from
    /// October, when districts open enrolment for the following year.
    /// </summary>
    public static int SchoolYearStart(DateTimeOffset now) => now.Month >= 10 ? now.Year + 1 : now.Year;

    public static bool IsPublishedAction(int id) => id is NewStudentsActionId or ReturningStudentsActionId;
}
