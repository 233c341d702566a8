using PowerSchool.Client.Sis.Students;

namespace PsFunctions.Sync.Mapping;

/// <summary>Reads a mapping entry's <c>onUpdate</c> and <c>onInvalid</c>, refusing the words and combinations that cannot work.</summary>
internal static class FieldPolicies
{
    /// <summary>
    /// The fields matching reads (<see cref="StudentMatchKeys"/>): dropping one would change which SIS student a record
    /// matches (an invalid student number dropped would turn an UPDATE into a name match or an INSERT), so they reject.
    /// </summary>
    public static IReadOnlyList<string> MatchKeyFields { get; } =
        ["local_id", "state_province_id", "name.last_name", "name.first_name", "demographics.birth_date"];

    /// <summary>The words of <c>onUpdate</c>, for student fields and contact e-mails and phones alike.</summary>
    public static IReadOnlyList<string> UpdateWords { get; } = ["write", "keep", "flag"];
    private static readonly string[] InvalidWords = ["reject", "drop"];

    public static (FieldUpdatePolicy OnUpdate, FieldInvalidPolicy OnInvalid) Parse(
        SisStudentField field, MappingFieldEntry entry, string where, List<string> errors) =>
        (OnUpdate(field, entry.OnUpdate, where, errors), OnInvalid(field, entry, where, errors));

    private static FieldUpdatePolicy OnUpdate(SisStudentField field, string? word, string where, List<string> errors)
    {
        if (word is null)
        {
            // An UPDATE cannot write an INSERT-only field: a different value is flagged for a person.
            return field.Updatable ? FieldUpdatePolicy.Write : FieldUpdatePolicy.Flag;
        }

        if (UpdatePolicy(word) is null)
        {
            errors.Add($"{where}: onUpdate '{word}' is not a policy (known: {string.Join(", ", UpdateWords)})");
            return FieldUpdatePolicy.Write;
        }

        if (word == "write" && !field.Updatable)
        {
            errors.Add($"{where}: onUpdate 'write' cannot work: the SIS sets {field.Column} on INSERT only (data dictionary); use flag or keep");
        }

        return UpdatePolicy(word) ?? FieldUpdatePolicy.Write;
    }

    /// <summary>The policy an <c>onUpdate</c> word names, or null when it is none of <see cref="UpdateWords"/>.</summary>
    public static FieldUpdatePolicy? UpdatePolicy(string word) => word switch
    {
        "write" => FieldUpdatePolicy.Write,
        "keep" => FieldUpdatePolicy.Keep,
        "flag" => FieldUpdatePolicy.Flag,
        _ => null,
    };

    private static FieldInvalidPolicy OnInvalid(SisStudentField field, MappingFieldEntry entry, string where, List<string> errors)
    {
        if (entry.OnInvalid is null or "reject")
        {
            return FieldInvalidPolicy.Reject;
        }

        if (entry.OnInvalid != "drop")
        {
            errors.Add($"{where}: onInvalid '{entry.OnInvalid}' is not a policy (known: {string.Join(", ", InvalidWords)})");
            return FieldInvalidPolicy.Reject;
        }

        var refusal = field.RequiredOnInsert ? $"the SIS requires {field.Column} when enrolling a new student (data dictionary)"
            : entry.Required ? "the entry is required: true"
            : MatchKeyFields.Contains(field.Path, StringComparer.Ordinal) ? "the field is a match key: dropping it would change which SIS student the record matches"
            : null;
        if (refusal is not null)
        {
            errors.Add($"{where}: onInvalid 'drop' is only for optional fields; {refusal}");
        }

        return FieldInvalidPolicy.Drop;
    }
}
