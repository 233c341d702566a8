using PowerSchool.Client.Sis.Students;

namespace PsFunctions.Sync.Mapping;

/// <summary>
/// A delivery record mapped and validated: SIS student field paths (see <see cref="SisStudentFields"/>) to
/// their values as the SIS takes them (dates YYYY-MM-DD, grade levels as numbers), the keys to match an
/// existing student, and the submission it came from. Holds student data: never log it.
/// </summary>
public sealed record MappedStudent(string SubmissionId, IReadOnlyDictionary<string, string> Fields, StudentMatchKeys Keys)
{
    /// <summary>The fields whose value is the mapping's <c>default</c> (the record had none): not something the family asked for.</summary>
    public IReadOnlySet<string> Defaulted { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The fields left out under <c>onInvalid: drop</c>, with the value given and the rule it broke.</summary>
    public IReadOnlyList<DroppedField> Dropped { get; init; } = [];

    /// <summary>True when the record itself gave <paramref name="path"/> a value (not a default).</summary>
    public bool IsRequested(string path) =>
        Fields.TryGetValue(path, out var value) && value.Length > 0 && !Defaulted.Contains(path);
}
