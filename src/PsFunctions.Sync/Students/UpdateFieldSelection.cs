using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Students;

/// <summary>
/// What an UPDATE of a returning student sends, by each field's <c>onUpdate</c> (<see cref="StudentMapping.OnUpdate"/>):
/// <c>write</c> sends the value; <c>keep</c> leaves the SIS value; <c>flag</c> (the rule of every INSERT-only field the
/// entry does not <c>keep</c>) sends nothing and raises an attention item when the form asked for a value
/// (<see cref="MappedStudent.IsRequested"/>: a mapping default is no request) that is not the SIS value
/// (<see cref="FieldValueComparison"/>). A school enrolment field is a transfer to make in PowerSchool, naming both schools.
/// </summary>
internal static class UpdateFieldSelection
{
    private const string SchoolNumber = "school_enrollment.school_number";

    public static (IReadOnlyDictionary<string, string> Send, IReadOnlyList<FieldAttention> Attention) Select(
        MappedStudent student, StudentMapping mapping, IReadOnlyDictionary<string, string> sisValues)
    {
        var send = new Dictionary<string, string>(StringComparer.Ordinal);
        var attention = new List<FieldAttention>();
        foreach (var (path, value) in student.Fields)
        {
            var field = SisStudentFields.Find(path)!;
            var policy = mapping.OnUpdate(path);
            if (policy == FieldUpdatePolicy.Write && field.Updatable)
            {
                send[path] = value;
            }
            else if (policy == FieldUpdatePolicy.Flag && student.IsRequested(path)
                && !FieldValueComparison.Same(field, value, sisValues.GetValueOrDefault(path)))
            {
                attention.Add(Flag(field, value, sisValues, student.Fields));
            }
        }

        return (send, attention);
    }

    /// <summary>The attention items of the fields the mapping dropped (an INSERT and an UPDATE both raise them).</summary>
    public static IEnumerable<FieldAttention> Dropped(MappedStudent student, IReadOnlyDictionary<string, string> sisValues) =>
        student.Dropped.Select(drop => new FieldAttention(
            drop.Path, AttentionKind.Dropped, sisValues.GetValueOrDefault(drop.Path), drop.RequestedValue,
            $"{drop.Reason.Problem}; left out, the rest of the record was applied", $"{drop.Reason.Rule} (mapping: onInvalid drop)"));

    private static FieldAttention Flag(
        SisStudentField field, string requested, IReadOnlyDictionary<string, string> sisValues, IReadOnlyDictionary<string, string> fields)
    {
        var sis = sisValues.GetValueOrDefault(field.Path);
        if (!field.Path.StartsWith("school_enrollment.", StringComparison.Ordinal))
        {
            var why = field.Updatable ? "the mapping flags it (onUpdate: flag)" : $"the SIS sets {field.Column} on INSERT only";
            return new FieldAttention(
                field.Path, AttentionKind.Flagged, sis, requested, "differs from the SIS value; not written by the UPDATE",
                $"{why}: a person decides and changes it in PowerSchool");
        }

        // School numbers are not student data: the problem names them so the transfer can be made from the item alone.
        var fromSchool = sisValues.GetValueOrDefault(SchoolNumber) ?? "unknown";
        var toSchool = fields.GetValueOrDefault(SchoolNumber) ?? fromSchool;
        var problem = field.Path == SchoolNumber
            ? $"needs a transfer in PowerSchool from school {fromSchool} to school {toSchool}"
            : fromSchool == toSchool
                ? $"needs a transfer in PowerSchool: differs from the SIS value (school {fromSchool})"
                : $"needs a transfer in PowerSchool: differs from the SIS value (from school {fromSchool} to school {toSchool})";
        return new FieldAttention(
            field.Path, AttentionKind.Transfer, sis, requested, problem,
            $"data dictionary: {field.Column} is set on INSERT only; the SIS student API cannot change the enrolment of a returning student");
    }
}
