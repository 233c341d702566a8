using System.Text.Json;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Batches;
using PsFunctions.Sync.Mapping.Contacts;

namespace PsFunctions.Sync.Mapping;

/// <summary>Turns mapping JSON into a <see cref="StudentMapping"/>, collecting every problem with its entry.</summary>
internal static class StudentMappingParser
{
    public static StudentMapping Parse(string json, string source)
    {
        MappingFileDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, MappingJsonContext.Default.MappingFileDocument);
        }
        catch (JsonException exception)
        {
            // The message names the JSON path and line of the problem (and never a student value: it is a config file).
            throw new MappingFileException(source, [$"not valid mapping JSON: {exception.Message}"]);
        }

        var errors = new List<string>();
        if (document?.Fields is not { Count: > 0 } fields)
        {
            throw new MappingFileException(source, ["'fields' is missing or empty"]);
        }

        var submissionId = SourcePath.TryParse(document.SubmissionId ?? "id");
        if (submissionId is null)
        {
            errors.Add($"submissionId: bad JSON path '{document.SubmissionId}'");
        }

        var gradeLevels = document.GradeLevels is null
            ? StudentMapping.DefaultGradeLevels
            : new Dictionary<string, int>(document.GradeLevels, StringComparer.OrdinalIgnoreCase);
        var rules = fields.Select(pair => ParseEntry(pair.Key, pair.Value, errors)).OfType<MappingRule>().ToList();
        var contacts = ContactMappingParser.Parse(document.Contacts, errors);
        if (errors.Count > 0)
        {
            throw new MappingFileException(source, errors);
        }

        return new StudentMapping(source, submissionId!, gradeLevels, rules) { Contacts = contacts };
    }

    private static MappingRule? ParseEntry(string path, MappingFieldEntry? entry, List<string> errors)
    {
        var where = $"fields.{path}";
        var field = SisStudentFields.Find(path);
        if (field is null)
        {
            errors.Add($"{where}: unknown SIS field '{path}' (see the SIS student fields catalogue in docs/mapping.md)");
        }

        if (entry is null)
        {
            errors.Add($"{where}: must be an object");
            return null;
        }

        var count = errors.Count;
        var from = (entry.From ?? []).Select(text => ParsePath(text, where, errors)).OfType<SourcePath>().ToList();
        var transforms = (entry.Transforms ?? []).Select(spec => ParseTransform(spec, where, errors)).OfType<FieldTransform>().ToList();
        if (from.Count == 0 && entry.From is not { Length: > 0 } && entry.Default is null)
        {
            errors.Add($"{where}: needs 'from' (a JSON path in the delivery record) or 'default'");
        }

        if (entry.Join is not null && entry.From is not { Length: > 1 })
        {
            errors.Add($"{where}: 'join' needs two or more 'from' paths");
        }

        if (field is not null && entry.Default is { } value)
        {
            CheckDefault(field, value, where, errors);
        }

        var (onUpdate, onInvalid) = field is null ? default : FieldPolicies.Parse(field, entry, where, errors);
        return field is null || errors.Count > count
            ? null
            : new MappingRule(field, from, entry.Join, transforms, entry.Default, entry.Required, onUpdate, onInvalid);
    }

    private static SourcePath? ParsePath(string text, string where, List<string> errors)
    {
        var path = SourcePath.TryParse(text);
        if (path is null)
        {
            errors.Add($"{where}: bad JSON path '{text}' (expected dot-separated names with optional [index], e.g. data.student.firstName)");
        }

        return path;
    }

    private static FieldTransform? ParseTransform(string spec, string where, List<string> errors)
    {
        var transform = FieldTransform.TryCreate(spec, out var error);
        if (transform is null)
        {
            errors.Add($"{where}: {error}");
        }

        return transform;
    }

    private static void CheckDefault(SisStudentField field, string value, string where, List<string> errors)
    {
        if (DefaultTokens.IsToken(value))
        {
            if (!DefaultTokens.IsKnown(value))
            {
                errors.Add($"{where}: unknown default token '{value}' (known: {DefaultTokens.EntryDate}, {DefaultTokens.ExitDate})");
            }

            return;
        }

        if (FieldValueRules.Check(field, value, forInsert: true) is { } reason)
        {
            errors.Add($"{where}: default {reason.Problem}; {reason.Rule}");
        }
    }
}
