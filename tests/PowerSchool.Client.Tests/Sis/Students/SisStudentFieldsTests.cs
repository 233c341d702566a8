using System.Globalization;
using System.Text.Json;
using PowerSchool.Client.Sis.Schools;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Testing;

namespace PowerSchool.Client.Tests.Sis.Students;

/// <summary>
/// The rule that keeps a field from being half-added: every catalogue entry is written at the path it names
/// with its JSON type, and PowerSchool (the simulator) stores it and reads it back at that path.
/// </summary>
public sealed class SisStudentFieldsTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    public static TheoryData<string> Paths => [.. SisStudentFields.All.Select(entry => entry.Path)];

    [Theory]
    [MemberData(nameof(Paths))]
    public void Each_field_is_written_at_its_path_with_its_json_type(string path)
    {
        var field = SisStudentFields.Find(path)!;
        var value = Sample(field, schoolNumber: 100, lowGrade: 0);
        var write = StudentBuilder.Update(10001, new Dictionary<string, string> { [path] = value });

        using var body = JsonDocument.Parse(StudentWireWriter.Write(StudentWriteMapper.Prepare([write])));

        var record = body.RootElement.GetProperty("students").GetProperty("student")[0];
        Assert.Equal(["client_uid", "action", "id", path.Split('.')[0]], record.EnumerateObject().Select(property => property.Name));
        Assert.Equal(value, TextAt(record, path, field.IsNumber ? JsonValueKind.Number : JsonValueKind.String));
    }

    [Fact]
    public void Paths_are_unique_and_none_is_the_block_of_another()
    {
        var paths = SisStudentFields.All.Select(field => field.Path).ToList();

        Assert.Equal(paths.Count, paths.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(paths, path => paths.Any(other => other.StartsWith(path + ".", StringComparison.Ordinal)));
        Assert.All(SisStudentFields.All, field => Assert.Matches("^[a-z0-9_]+(\\.[a-z0-9_]+)*$", field.Path));
        Assert.All(SisStudentFields.All, field => Assert.Matches("^[A-Za-z_]+\\.[A-Za-z0-9_]+$", field.Column));
    }

    [Fact]
    public async Task Every_field_written_over_http_reads_back_at_its_path()
    {
        await using var clients = ClientHarness.Create(simulator.Host);
        var school = await StudentBuilder.FirstSchoolAsync(clients.Sis);
        // enroll_status and enroll_status_code are one column and may not both be sent: the second insert carries the code.
        var all = Values(SisStudentFields.All.Where(field => field.Path != "school_enrollment.enroll_status_code"), school);
        var byCode = Values(SisStudentFields.All.Where(field => field.RequiredOnInsert || field.Path == "school_enrollment.enroll_status_code"), school);

        var outcomes = await clients.Sis.WriteStudentsAsync(
        [
            new StudentWrite { Action = StudentWriteAction.Insert, Fields = all },
            new StudentWrite { Action = StudentWriteAction.Insert, Fields = byCode },
        ]);

        Assert.All(outcomes, outcome => Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors)));
        foreach (var (outcome, written) in outcomes.Zip(new[] { all, byCode }))
        {
            var stored = await ReadRawAsync(outcome.Dcid!.Value);
            Assert.All(written, pair => Assert.Equal(
                (pair.Key, pair.Value),
                (pair.Key, TextAt(stored, pair.Key, SisStudentFields.Find(pair.Key)!.IsNumber ? JsonValueKind.Number : JsonValueKind.String))));
        }
    }

    private async Task<JsonElement> ReadRawAsync(long dcid)
    {
        using var http = await simulator.Host.CreateAuthorizedClientAsync();
        var expansions = string.Join(',', SisStudentFields.All.Select(field => field.Path.Split('.')).Where(segments => segments.Length > 1).Select(segments => segments[0]).Distinct());
        var json = await http.GetStringAsync(new Uri($"ws/v1/student/{dcid}?expansions={expansions}", UriKind.Relative));
        return JsonDocument.Parse(json).RootElement.GetProperty("student").Clone();
    }

    private static Dictionary<string, string> Values(IEnumerable<SisStudentField> fields, SisSchool school) =>
        fields.ToDictionary(field => field.Path, field => Sample(field, school.SchoolNumber!.Value, school.LowGrade!.Value), StringComparer.Ordinal);

    // The value at a dotted path, as text, when it has the expected JSON kind (else null, so the assertion shows the path).
    private static string? TextAt(JsonElement element, string path, JsonValueKind kind)
    {
        foreach (var segment in path.Split('.'))
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(segment, out element))
            {
                return null;
            }
        }

        return element.ValueKind != kind ? null
            : kind == JsonValueKind.Number ? element.GetInt64().ToString(CultureInfo.InvariantCulture)
            : element.GetString();
    }

    // A value each field's rules accept, the same on every run; text carries its field's name, cut to its length.
    private static string Sample(SisStudentField field, long schoolNumber, int lowGrade) => field.Path switch
    {
        "school_enrollment.school_number" or "schedule_setup.next_school" => schoolNumber.ToString(CultureInfo.InvariantCulture),
        "school_enrollment.exit_date" => "2027-06-10",
        // No generated student has this number, and the class's simulator sees one INSERT with it.
        "local_id" => "987654321",
        _ => null,
    } ?? field.Format switch
    {
        SisFieldFormat.Date => "2026-08-20",
        SisFieldFormat.Email => "family@school.example",
        SisFieldFormat.Gender => "F",
        SisFieldFormat.EnrollStatus => "A",
        SisFieldFormat.EnrollStatusCode => "0",
        SisFieldFormat.Track => "B",
        SisFieldFormat.GradeLevel => lowGrade.ToString(CultureInfo.InvariantCulture),
        SisFieldFormat.Text => Cut(field.Path.Split('.')[^1], field.MaxLength),
        _ => "7",
    };

    private static string Cut(string text, int? maxLength) => maxLength < text.Length ? text[..maxLength.Value] : text;
}
