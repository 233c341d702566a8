namespace PowerSchool.Client.Sis.Students;

/// <summary>What a student POST does with one record.</summary>
public enum StudentWriteAction
{
    /// <summary>Create a new student (PowerSchool's <c>INSERT</c>); not idempotent.</summary>
    Insert,

    /// <summary>Change an existing student by DCID (<c>UPDATE</c>).</summary>
    Update,
}
