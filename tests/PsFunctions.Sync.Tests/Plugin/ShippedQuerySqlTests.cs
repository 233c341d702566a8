using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PowerSchool.Client.Sis.PowerQueries;
using PowerSchool.Simulator.District;
using PsFunctions.Sync.Plugin;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Plugin;

/// <summary>
/// The SQL the plugin ships, run on SQLite over the simulator's generated district, answers the same rows as the
/// simulator's implementation of the query. The only place the shipped SQL runs. What is translated for SQLite, and
/// nothing else: <c>in (:name)</c> is bound as <c>in (?,?,…)</c> with an empty string bound as NULL (what Oracle makes of
/// <c>''</c>); <c>to_char(x, 'YYYY-MM-DD')</c> becomes <c>strftime('%Y-%m-%d', x)</c> (dates are stored as ISO text);
/// <c>upper</c> is replaced by a function that upper-cases all letters, not only ASCII ones as SQLite's does.
/// </summary>
public sealed partial class ShippedQuerySqlTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>, IDisposable
{
    private readonly SqliteConnection _db = new("Data Source=:memory:");

    public static TheoryData<string, string> MatchArguments => new()
    {
        { "numbers only", """{"student_numbers":["#n0","#n1","#n2","999999"],"state_ids":[""],"last_names":[""]}""" },
        { "state ids only", """{"student_numbers":[""],"state_ids":["#s0","#s1","0000000000"],"last_names":[""]}""" },
        { "names, upper-cased and as written", """{"student_numbers":[""],"state_ids":[""],"last_names":["#L0","#l1","#L2"]}""" },
        { "empty arrays", """{"student_numbers":[""],"state_ids":[""],"last_names":[""]}""" },
        { "a mixture that finds one student twice", """{"student_numbers":["#n0","#n3"],"state_ids":["#s0","#s2"],"last_names":["#L0","#L3",""]}""" },
    };

    public static TheoryData<string, string> DcidArguments => new()
    {
        { "some and an unknown one", """{"dcids":["#d0","#d4","#d2","987654"]}""" },
        { "none", """{"dcids":[""]}""" },
    };

    [Theory]
    [MemberData(nameof(MatchArguments))]
    public async Task Match_candidates_sql_answers_the_simulators_rows(string arguments, string body) =>
        await AssertSameRowsAsync(StudentQueries.MatchCandidates, arguments, body);

    [Theory]
    [MemberData(nameof(DcidArguments))]
    public async Task By_dcid_sql_answers_the_simulators_rows(string arguments, string body) =>
        await AssertSameRowsAsync(StudentQueries.ByDcid, arguments, body);

    public void Dispose() => _db.Dispose();

    private async Task AssertSameRowsAsync(string query, string arguments, string template)
    {
        var students = Fill();
        var body = Placeholders().Replace(template, m => Value(students, m.Groups[1].Value[0], int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)));
        var values = JsonSerializer.Deserialize<Dictionary<string, string[]>>(body)!;

        var expected = await SimulatorRowsAsync(query, body);
        var actual = SqliteRows(ShippedSql(query), values);

        Assert.Equal(expected, actual);
        Assert.True(arguments == "empty arrays" || arguments == "none" || actual.Count > 0, $"{arguments}: no rows to compare");
    }

    private List<SisStudent> Fill()
    {
        var (students, schools) = fixture.Host.Services.GetRequiredService<DistrictStore>().Read(state =>
            (state.Students.OrderedDcids.Select(d => state.Students.Find(d)!).ToList(), state.SchoolsByNumber.Values.ToList()));
        _db.Open();
        _db.CreateFunction("upper", (string? text) => text?.ToUpperInvariant());
        Execute("""
            create table Schools (DCID integer, School_Number integer);
            create table Students (DCID integer, ID integer, Student_Number integer, State_StudentNumber text, Student_Web_ID text,
              Last_Name text, First_Name text, Middle_Name text, DOB text, Gender text, DistrictEntryDate text, Sched_YearOfGraduation integer,
              Enroll_Status integer, Grade_Level integer, SchoolID integer, EntryDate text, ExitDate text, EntryCode text, TransferComment text,
              ExitCode text, ExitComment text, DistrictOfResidence text, Track text, FteId integer,
              Street text, City text, State text, Zip text, Geocode text,
              Mailing_Street text, Mailing_City text, Mailing_State text, Mailing_Zip text, Mailing_Geocode text, Home_Phone text,
              Emerg_Contact_1 text, Emerg_Phone_1 text, Emerg_Contact_2 text, Emerg_Phone_2 text, GuardianEmail text, GuardianFax text,
              Mother text, Father text, Doctor_Name text, Doctor_Phone text, DistrictEntryGradeLevel integer, SchoolEntryDate text,
              SchoolEntryGradeLevel integer, Home_Room text, Next_School integer, Sched_NextYearGrade integer);
            """);
        foreach (var school in schools)
        {
            Execute("insert into Schools values ($1, $2)", school.Dcid, school.SchoolNumber);
        }

        foreach (var s in students)
        {
            var (e, c, home, mail) = (s.Enrollment, s.Contact, s.PhysicalAddress, s.MailingAddress);
            object?[] values =
            [
                s.Dcid, s.Id, s.StudentNumber, s.StateStudentNumber, s.StudentWebId, s.LastName, s.FirstName, s.MiddleName, Iso(s.DateOfBirth), s.Gender,
                Iso(s.DistrictEntryDate), s.ProjectedGraduationYear, e.EnrollStatusCode, e.GradeLevel, e.SchoolNumber, Iso(e.EntryDate), Iso(e.ExitDate),
                e.EntryCode, e.EntryComment, e.ExitCode, e.ExitComment, e.DistrictOfResidence, e.Track, e.FteId,
                home?.Street, home?.City, home?.StateProvince, home?.PostalCode, home?.GridLocation,
                mail?.Street, mail?.City, mail?.StateProvince, mail?.PostalCode, mail?.GridLocation, s.HomePhone,
                c.EmergencyContactName1, c.EmergencyPhone1, c.EmergencyContactName2, c.EmergencyPhone2, c.GuardianEmail, c.GuardianFax,
                c.Mother, c.Father, c.DoctorName, c.DoctorPhone, s.DistrictEntryGradeLevel, Iso(s.SchoolEntryDate),
                s.SchoolEntryGradeLevel, s.HomeRoom, s.NextSchool, s.SchedNextYearGrade,
            ];
            Execute($"insert into Students values ({string.Join(",", values.Select((_, i) => $"${i + 1}"))})", values);
        }

        return students;
    }

    // #n0 the student number, #s0 the state id, #L0 the upper-cased and #l0 the lower-cased last name, #d0 the DCID of
    // the n-th student that has a state id, counted from the end so that inserted students do not shift them.
    private static string Value(List<SisStudent> students, char kind, int index)
    {
        var s = students.Where(x => x.StateStudentNumber is not null).Reverse().ElementAt(index * 7);
        return kind switch
        {
            'n' => s.StudentNumber.ToString(CultureInfo.InvariantCulture),
            's' => s.StateStudentNumber!,
            'L' => s.LastName.ToUpperInvariant(),
            'l' => s.LastName.ToLowerInvariant(),
            _ => s.Dcid.ToString(CultureInfo.InvariantCulture),
        };
    }

    private async Task<List<string>> SimulatorRowsAsync(string query, string body)
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri($"ws/schema/query/{query}?pagesize=0", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. answer.GetProperty("record").EnumerateArray()
            .Select(row => Row(row.EnumerateObject().Select(p => (p.Name, p.Value.GetString()))))];
    }

    private List<string> SqliteRows(string sql, Dictionary<string, string[]> arguments)
    {
        using var command = _db.CreateCommand();
        var translated = ToChar().Replace(sql, m => $"strftime('%Y-%m-%d', {m.Groups[1].Value})");
        command.CommandText = ArrayArgument().Replace(translated, m =>
        {
            var name = m.Groups[1].Value;
            return string.Join(", ", arguments[name].Select((value, i) =>
            {
                command.Parameters.AddWithValue($"${name}{i}", value.Length == 0 ? DBNull.Value : value);
                return $"${name}{i}";
            }));
        });
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Row(Enumerable.Range(0, reader.FieldCount).Select(i =>
                (reader.GetName(i), reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)))));
        }

        return rows;
    }

    // A row as comparable text: columns by name, null ones left out (the answer leaves them out).
    private static string Row(IEnumerable<(string Name, string? Value)> columns) =>
        string.Join("|", columns.Where(c => c.Value is not null).OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => $"{c.Name}={c.Value}"));

    private static string ShippedSql(string query) =>
        XDocument.Parse(PluginQueries.Definitions.Single(q => q.Name == query).Definition).Root!.Element("query")!.Element("sql")!.Value;

    private void Execute(string sql, params object?[] values)
    {
        using var command = _db.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue($"${i + 1}", values[i] ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"#([nsLld])(\d)")]
    private static partial Regex Placeholders();

    [GeneratedRegex(@"to_char\(([\w.]+), 'YYYY-MM-DD'\)")]
    private static partial Regex ToChar();

    [GeneratedRegex(@":(\w+)")]
    private static partial Regex ArrayArgument();
}
