using System.Globalization;
using System.Text.Json;
using PowerSchool.Client.Json;

namespace PowerSchool.Client.Sis.Students;

/// <summary>Maps student writes to PowerSchool's wire records and its results back to per-record outcomes.</summary>
internal static class StudentWriteMapper
{
    internal sealed record Prepared(int Index, StudentWrite Source, StudentWireRecord Wire);

    /// <summary>Checks the writes (naming the record and rule) and assigns client_uid values.</summary>
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

            prepared.Add(new Prepared(i, student, ToWire(student, uid)));
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
        return [.. chunk.Select(record => Outcome(record, byUid.GetValueOrDefault(record.Wire.ClientUid)))];
    }

    private static StudentWriteOutcome Outcome(Prepared record, WriteResult? result) => new()
    {
        Index = record.Index,
        ClientUid = record.Wire.ClientUid,
        Action = record.Source.Action,
        Status = result is null ? StudentWriteStatus.Unknown
            : result.IsSuccess ? StudentWriteStatus.Succeeded : StudentWriteStatus.Failed,
        Dcid = result?.IsSuccess == true ? result.SuccessMessage?.Id ?? record.Source.Dcid : null,
        Errors = result?.FieldErrors ?? [],
    };

    private static StudentWireRecord ToWire(StudentWrite student, string uid) => new()
    {
        ClientUid = uid,
        Action = student.Action == StudentWriteAction.Insert ? "INSERT" : "UPDATE",
        Id = student.Action == StudentWriteAction.Update ? student.Dcid : null,
        LocalId = student.LocalId,
        StateProvinceId = student.StateProvinceId,
        Name = student.Name,
        Demographics = student.Demographics,
        Addresses = student.Addresses,
        Phones = student.Phones,
        SchoolEnrollment = student.SchoolEnrollment,
        Contact = student.Contact,
        ContactInfo = student.ContactInfo,
        InitialEnrollment = student.InitialEnrollment,
        ScheduleSetup = student.ScheduleSetup,
        ExtensionData = student.Extensions is { Count: > 0 } extensions
            ? new WireExtensionData([.. extensions.Select(e => new WireTableExtension(
                e.Name, [.. e.Fields.Select(f => new WireExtensionField(f.Key, "String", f.Value))]))])
            : null,
    };
}
