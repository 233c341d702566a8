namespace PowerSchool.Simulator.Sis.Students;

/// <summary>One writable field of the student data dictionary: its kind, maximum length and whether only INSERT may set it.</summary>
internal sealed record StudentFieldRule(StudentFieldKind Kind, int MaxLength = 0, bool InsertOnly = false);

/// <summary>The value kinds of the data dictionary.</summary>
internal enum StudentFieldKind
{
    Text,
    Number,
    Date,
}
