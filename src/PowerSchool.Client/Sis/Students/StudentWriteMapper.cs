using System.Globalization;
using System.Text.Json;
using PowerSchool.Client.Json;

namespace PowerSchool.Client.Sis.Students;

/// <summary>Checks student writes before they are sent and maps PowerSchool's results back to per-record outcomes.</summary>
internal static class StudentWriteMapper
{
    /// <summary>A checked write: its client_uid and its field values in catalogue order.</summary>
    internal sealed record Prepared(int Index, StudentWrite Source, string ClientUid, IReadOnlyList<FieldValue> Values);

    internal sealed record FieldValue(SisStudentField Field, string Value);

    /// <summary>Checks the writes (naming the record, the field and the rule, never a value) and assigns client_uid values.</summary>
    public static IReadOnlyList<Prepared> Prepare(IReadOnlyList<StudentWrite> students)
    {
        ArgumentNullException.ThrowIfNull(students);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var prepared = new List<Prepared>(students.Count);
        for (var i = 0; i < students.Count; i++)
        {
            var student = students[i] ?? throw new ArgumentException($"students[{i}] is null.", nameof(students));
            if (student.Action == StudentWriteAction.Update && student.Dcid is null)
            {
                throw new ArgumentException($"students[{i}]: Dcid is required for an UPDATE.", nameof(students));
            }

            var uid = student.ClientUid ?? (i + 1).ToString(CultureInfo.InvariantCulture);
            if (!seen.Add(uid))
            {
                throw new ArgumentException($"students[{i}]: ClientUid '{uid}' is used twice in one call.", nameof(students));
            }

            if (FieldProblem(student.Fields) is { } problem)
            {
                throw new ArgumentException($"students[{i}]: {problem}.", nameof(students));
            }

            prepared.Add(new Prepared(i, student, uid, Values(student.Fields)));
        }

        return prepared;
    }

    public static IReadOnlyList<WriteResult> ParseResults(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, SisJsonContext.Default.StudentPostResponse)?.Results?.Result ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static IReadOnlyList<StudentWriteOutcome> Outcomes(IReadOnlyList<Prepared> chunk, IReadOnlyList<WriteResult> results)
    {
        var byUid = results.Where(r => r.ClientUid is not null)
            .GroupBy(r => r.ClientUid!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return [.. chunk.Select(record => Outcome(record, byUid.GetValueOrDefault(record.ClientUid)))];
    }

    private static StudentWriteOutcome Outcome(Prepared record, WriteResult? result) => new()
    {
        Index = record.Index,
        ClientUid = record.ClientUid,
        Action = record.Source.Action,
        Status = result is null ? StudentWriteStatus.Unknown
            : result.IsSuccess ? StudentWriteStatus.Succeeded : StudentWriteStatus.Failed,
        Dcid = result?.IsSuccess == true ? result.SuccessMessage?.Id ?? record.Source.Dcid : null,
        Errors = result?.FieldErrors ?? [],
    };

    // Every path must be in the catalogue and every value must take its field's JSON type: checked for the
    // whole call before the first POST, so a bad record never leaves earlier chunks sent and later ones not.
    private static string? FieldProblem(IReadOnlyDictionary<string, string>? fields)
    {
        if (fields is null)
        {
            return "Fields is null";
        }

        foreach (var (path, value) in fields)
        {
            if (SisStudentFields.Find(path) is not { } field)
            {
                return $"'{path}' is not a writable student field (SisStudentFields)";
            }

            if (ValueProblem(field, value) is { } problem)
            {
                return $"{path} {problem}";
            }
        }

        return null;
    }

    private static string? ValueProblem(SisStudentField field, string? value) => value switch
    {
        null => "is null (an empty value blanks a field)",
        "" => null,
        _ when field.IsNumber && !long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) => "is not a whole number",
        _ when field.Format == SisFieldFormat.Date
            && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => "is not a date in YYYY-MM-DD form",
        _ => null,
    };

    private static FieldValue[] Values(IReadOnlyDictionary<string, string> fields) =>
        [.. SisStudentFields.All.Where(field => fields.ContainsKey(field.Path)).Select(field => new FieldValue(field, fields[field.Path]))];
}
