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
        var failed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in mapping.Rules)
        {
            var reason = Apply(rule, record, mapping, context, fields);
            if (reason is not null)
            {
                reasons.Add(reason);
                failed.Add(rule.Field.Path);
            }
        }

        // A field whose transform already failed is not reported a second time as missing.
        reasons.AddRange(StudentValidator.Validate(fields, forInsert: true, context.Schools)
            .Where(reason => !failed.Contains(reason.Field)));
        if (reasons.Count > 0)
        {
            return MappingOutcome.Rejected(submissionId, reasons);
        }

        return MappingOutcome.Mapped(new MappedStudent(submissionId, fields, KeysOf(fields)));
    }

    private static string ReadSubmissionId(StudentMapping mapping, JsonElement record, List<RejectionReason> reasons)
    {
        var id = mapping.SubmissionIdPath.Find(record);
        if (id is { ValueKind: JsonValueKind.String or JsonValueKind.Number } element && ValueText(element) is { Length: > 0 } text)
        {
            return text;
        }

        reasons.Add(new(SubmissionIdField, $"is missing at {mapping.SubmissionIdPath}", "every delivery record has an id (Enrollment API: records[].id)"));
        return string.Empty;
    }

    private static RejectionReason? Apply(
        MappingRule rule, JsonElement record, StudentMapping mapping, StudentMappingContext context, SortedDictionary<string, string> fields)
    {
        var path = rule.Field.Path;
        var (raw, problem) = Read(rule, record);
        if (problem is not null)
        {
            return new(path, problem, "mapping sources are single values (string, number or boolean)");
        }

        if (string.IsNullOrWhiteSpace(raw))
        {
            if (rule.Default is not null)
            {
                fields[path] = DefaultTokens.Resolve(rule.Default, context.SchoolYear);
                return null;
            }

            return rule.Required
                ? new(path, $"is missing (from {string.Join(", ", rule.From)})", "required by the mapping file")
                : null;
        }

        var value = raw;
        foreach (var transform in rule.Transforms)
        {
            var result = transform.Apply(value, mapping.GradeLevels, context.Schools);
            if (!result.Succeeded)
            {
                return new(path, $"{result.Problem} (from {string.Join(", ", rule.From)})", result.Rule!);
            }

            value = result.Value!;
        }

        // Lengths are counted in characters of the composed (NFC) form: "é" typed as e + accent is one character.
        fields[path] = value.Normalize(NormalizationForm.FormC);
        return null;
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

            var text = ValueText(element);
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

    private static string ValueText(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => element.GetRawText(),
    };

    private static StudentMatchKeys KeysOf(SortedDictionary<string, string> fields) => new(
        fields.GetValueOrDefault("local_id"),
        fields.GetValueOrDefault("state_province_id"),
        fields["name.last_name"],
        fields["name.first_name"],
        StudentValidator.ParseIsoDate(fields.GetValueOrDefault("demographics.birth_date")));
}
