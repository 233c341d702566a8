using System.Text.Json;
using System.Text;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Mapping;

/// <summary>Applies a <see cref="StudentMapping"/> to one delivery record, then validates the result for an INSERT.</summary>
internal static class StudentMapper
{
    private const string SubmissionIdField = "submission id";

    public static MappingOutcome Map(StudentMapping mapping, JsonElement record, StudentMappingContext context)
    {
        var reasons = new List<RejectionReason>();
        var submissionId = ReadSubmissionId(mapping, record, reasons);
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var defaulted = new HashSet<string>(StringComparer.Ordinal);
        var dropped = new List<DroppedField>();
        var failed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in mapping.Rules)
        {
            var (reason, raw) = Apply(rule, record, mapping, context, fields, defaulted);
            if (reason is null)
            {
                continue;
            }

            if (rule.OnInvalid == FieldInvalidPolicy.Drop)
            {
                dropped.Add(new DroppedField(rule.Field.Path, raw, reason));
            }
            else
            {
                reasons.Add(reason);
                failed.Add(rule.Field.Path);
            }
        }

        // A field whose transform already failed is not reported a second time as missing (a dropped one is: a rule
        // spanning fields, such as a contact name and its phone, then names it).
        reasons.AddRange(ValidateDropping(mapping, fields, defaulted, dropped, context).Where(reason => !failed.Contains(reason.Field)));
        if (reasons.Count > 0)
        {
            return MappingOutcome.Rejected(submissionId, reasons);
        }

        return MappingOutcome.Mapped(new MappedStudent(submissionId, fields, KeysOf(fields)) { Defaulted = defaulted, Dropped = dropped });
    }

    // Validates for an INSERT; a value the family gave that breaks a rule, in a field the mapping says to drop, is left
    // out and the rest validated again (a drop can break a rule spanning fields, such as a contact name/phone pair: that
    // rule then rejects the record). Each round removes a field, so this ends.
    private static IReadOnlyList<RejectionReason> ValidateDropping(
        StudentMapping mapping, SortedDictionary<string, string> fields, HashSet<string> defaulted, List<DroppedField> dropped,
        StudentMappingContext context)
    {
        while (true)
        {
            var reasons = StudentValidator.Validate(fields, forInsert: true, context.Schools);
            var droppable = reasons
                .Where(reason => fields.ContainsKey(reason.Field) && !defaulted.Contains(reason.Field)
                    && mapping.OnInvalid(reason.Field) == FieldInvalidPolicy.Drop)
                .DistinctBy(reason => reason.Field, StringComparer.Ordinal)
                .ToList();
            if (droppable.Count == 0)
            {
                return reasons;
            }

            foreach (var reason in droppable)
            {
                dropped.Add(new DroppedField(reason.Field, fields[reason.Field], reason));
                fields.Remove(reason.Field);
            }
        }
    }

    private static string ReadSubmissionId(StudentMapping mapping, JsonElement record, List<RejectionReason> reasons)
    {
        var id = mapping.SubmissionIdPath.Find(record);
        if (id is { ValueKind: JsonValueKind.String or JsonValueKind.Number } element && RecordValue.Text(element) is { Length: > 0 } text)
        {
            return text;
        }

        reasons.Add(new(SubmissionIdField, $"is missing at {mapping.SubmissionIdPath}", "every delivery record has an id (Enrollment API: records[].id)"));
        return string.Empty;
    }

    // The field's reason to reject (null when it mapped), with the value the record gave for it.
    private static (RejectionReason? Reason, string? Raw) Apply(
        MappingRule rule, JsonElement record, StudentMapping mapping, StudentMappingContext context,
        SortedDictionary<string, string> fields, HashSet<string> defaulted)
    {
        var path = rule.Field.Path;
        var (raw, problem) = Read(rule, record);
        if (problem is not null)
        {
            return (new(path, problem, "mapping sources are single values (string, number or boolean)"), null);
        }

        if (string.IsNullOrWhiteSpace(raw))
        {
            if (rule.Default is not null)
            {
                fields[path] = DefaultTokens.Resolve(rule.Default, context.SchoolYear);
                defaulted.Add(path);
                return (null, null);
            }

            return rule.Required
                ? (new(path, $"is missing (from {string.Join(", ", rule.From)})", "required by the mapping file"), raw)
                : (null, null);
        }

        var value = raw;
        foreach (var transform in rule.Transforms)
        {
            var result = transform.Apply(value, mapping.GradeLevels, context.Schools);
            if (!result.Succeeded)
            {
                return (new(path, $"{result.Problem} (from {string.Join(", ", rule.From)})", result.Rule!), raw);
            }

            value = result.Value!;
        }

        // Lengths are counted in characters of the composed (NFC) form: "é" typed as e + accent is one character.
        fields[path] = value.Normalize(NormalizationForm.FormC);
        return (null, null);
    }

    private static (string? Value, string? Problem) Read(MappingRule rule, JsonElement record)
    {
        var values = new List<string>();
        foreach (var source in rule.From)
        {
            if (source.Find(record) is not { } element)
            {
                continue;
            }

            if (element.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                return (null, $"is an object or array at {source}, not a value");
            }

            var text = RecordValue.Text(element);
            if (!string.IsNullOrWhiteSpace(text))
            {
                values.Add(text);
            }
        }

        if (rule.Join is null)
        {
            return (values.FirstOrDefault(), null);
        }

        return (string.Join(rule.Join, values.Select(value => value.Trim())), null);
    }

    private static StudentMatchKeys KeysOf(SortedDictionary<string, string> fields) => new(
        fields.GetValueOrDefault("local_id"),
        fields.GetValueOrDefault("state_province_id"),
        fields["name.last_name"],
        fields["name.first_name"],
        StudentValidator.ParseIsoDate(fields.GetValueOrDefault("demographics.birth_date")));
}
