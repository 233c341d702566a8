namespace PowerSchool.Client.Sis.Students;

/// <summary>
/// The value rule of a writable SIS student field, beyond its length. It also decides the field's JSON type
/// in a student POST (<see cref="SisStudentField.IsNumber"/>): the whole-number formats are written as JSON
/// numbers, every other format as a JSON string (a date as <c>"YYYY-MM-DD"</c>).
/// </summary>
public enum SisFieldFormat
{
    /// <summary>Single-line text.</summary>
    Text = 0,

    /// <summary>A calendar date written YYYY-MM-DD.</summary>
    Date,

    /// <summary>A whole number (optionally negative).</summary>
    WholeNumber,

    /// <summary>M or F.</summary>
    Gender,

    /// <summary>A whole number: negative for preschool, 0 for kindergarten, 1 to 12.</summary>
    GradeLevel,

    /// <summary>The school_number of a school in the SIS schools list (a whole number).</summary>
    SchoolNumber,

    /// <summary>A, I, P or H on an insert (any of A, P, T, G, H, I on an update).</summary>
    EnrollStatus,

    /// <summary>A whole number; not 2 or 3 on an insert.</summary>
    EnrollStatusCode,

    /// <summary>One of A to F.</summary>
    Track,

    /// <summary>An e-mail address (one @, no spaces).</summary>
    Email,
}
