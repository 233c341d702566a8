using Microsoft.Extensions.DependencyInjection;
using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.PowerQueries;
using PowerSchool.Client.Sis.Students;
using PowerSchool.Simulator.District;
using PsFunctions.Testing;
using SimStatus = PowerSchool.Simulator.Sis.Students.EnrollStatus;
using SimStudent = PowerSchool.Simulator.District.SisStudent;

namespace PowerSchool.Client.Tests.Sis.PowerQueries;

/// <summary>The typed calls of the plugin's student queries, over loopback against the simulator.</summary>
public sealed class StudentQueriesTests
{
    private const string PowerQuery = "POST /ws/schema/query/{name}";

    [Fact]
    public async Task Candidates_by_number_state_id_and_any_case_last_name_come_back_once_each_in_dcid_order()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim);
        var students = Students(sim);
        var (byNumber, byState, byName) = (students[5], students.First(s => s.StateStudentNumber is not null && s.Dcid > students[5].Dcid), students[^2]);

        var rows = await clients.Sis.FindStudentCandidatesAsync(
            [byNumber.StudentNumber, byNumber.StudentNumber], [byState.StateStudentNumber!], [byName.LastName.ToLowerInvariant(), byNumber.LastName]);

        var expected = students.Where(s => s.Dcid == byState.Dcid || s.StudentNumber == byNumber.StudentNumber
            || s.LastName.Equals(byName.LastName, StringComparison.OrdinalIgnoreCase) || s.LastName.Equals(byNumber.LastName, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(expected.Select(s => s.Dcid), rows.Select(r => r.Student.Id));
        Assert.Equal(byNumber.Id, rows.Single(r => r.Student.Id == byNumber.Dcid).Id);
    }

    [Fact]
    public async Task A_row_fills_the_student_exactly_as_a_get_of_the_same_fields_does()
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:District:Students", "60")]);
        await using var clients = ClientHarness.Create(sim);
        var dcids = Students(sim).Select(s => s.Dcid).ToList();
        // Two students carry a value in every block the queries read (generated ones may leave some empty).
        var filled = await clients.Sis.WriteStudentsAsync([.. dcids.Take(2).Select(dcid => new StudentWrite
        {
            Action = StudentWriteAction.Update,
            Dcid = dcid,
            Fields = new Dictionary<string, string>
            {
                ["addresses.mailing.street"] = "PO Box 7", ["addresses.mailing.city"] = "Springfield", ["addresses.mailing.state_province"] = "IL",
                ["addresses.mailing.postal_code"] = "62701", ["phones.main.number"] = "555-0100", ["contact.mother"] = "M",
                ["contact.doctor_name"] = "Dr D", ["contact.doctor_phone"] = "555-0101", ["initial_enrollment.school_entry_grade_level"] = "3",
                ["schedule_setup.home_room"] = "12B", ["schedule_setup.sched_next_year_grade"] = "4",
            },
        })]);
        Assert.All(filled, outcome => Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => $"{e.Field}: {e.Code} {e.Description}"))));
        var get = new SisReadOptions
        {
            Projection = StudentQueries.StudentFields,
            Expansions = ["demographics", "school_enrollment", "addresses", "phones", "contact", "initial_enrollment", "schedule_setup"],
        };

        var rows = await clients.Sis.ReadStudentsByDcidAsync([.. dcids, 999_999]);

        Assert.Equal(dcids, rows.Select(r => r.Student.Id));
        foreach (var row in rows)
        {
            Assert.Equal(await clients.Sis.GetStudentAsync(row.Student.Id, get), row.Student);
        }

        var first = rows[0].Student;
        Assert.Equal(("PO Box 7", "555-0100", "M", 3, "12B"), (first.Addresses!.Mailing!.Street, first.Phones!.Main!.Number,
            first.Contact!.Mother, first.InitialEnrollment!.SchoolEntryGradeLevel, first.ScheduleSetup!.HomeRoom));
    }

    [Fact]
    public void Every_writable_student_field_but_the_contact_email_is_read_by_the_queries()
    {
        var unread = SisStudentFields.All.Select(f => f.Path).Where(path => !StudentQueries.Reads(path));

        Assert.Equal(["contact_info.email"], unread);
        Assert.False(StudentQueries.Reads("ethnicity_race"));
        Assert.True(StudentQueries.Reads("addresses"));
    }

    [Fact]
    public async Task Values_beyond_1000_are_sent_in_chunks_of_1000_one_request_each_at_the_largest_page_size()
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:Sis:SchemaTableQueryMaxPageSize", "1000")]);
        await using var clients = ClientHarness.Create(sim);
        var students = Students(sim);
        await clients.Sis.GetMetadataAsync();
        var before = await sim.GetCounterAsync(PowerQuery);

        var rows = await clients.Sis.FindStudentCandidatesAsync([.. students.Select(s => s.StudentNumber), .. Enumerable.Range(900_000, 1_200).Select(n => (long)n)], [], []);

        Assert.Equal(students.Select(s => s.Dcid), rows.Select(r => r.Student.Id));
        Assert.Equal(2, await sim.GetCounterAsync(PowerQuery) - before);
    }

    [Fact]
    public async Task Nothing_to_look_for_sends_no_request()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim);

        var candidates = await clients.Sis.FindStudentCandidatesAsync([], [" "], []);
        var byDcid = await clients.Sis.ReadStudentsByDcidAsync([]);

        Assert.Empty(candidates);
        Assert.Empty(byDcid);
        Assert.Equal(0, await sim.GetCounterAsync(PowerQuery));
    }

    [Fact]
    public async Task A_plugin_without_the_queries_gets_a_plugin_configuration_error_naming_the_query()
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:Sis:PluginQueries", "false")]);
        await using var clients = ClientHarness.Create(sim);

        var match = await Assert.ThrowsAsync<PowerSchoolPluginConfigurationException>(() => clients.Sis.FindStudentCandidatesAsync([1], [], []));
        var byDcid = await Assert.ThrowsAsync<PowerSchoolPluginConfigurationException>(() => clients.Sis.ReadStudentsByDcidAsync([1]));

        Assert.Contains(StudentQueries.MatchCandidates, match.Message, StringComparison.Ordinal);
        Assert.Contains(StudentQueries.ByDcid, byDcid.Message, StringComparison.Ordinal);
        Assert.Contains("plugin --output", byDcid.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plugin_that_may_not_read_a_column_gets_a_plugin_configuration_error_naming_it()
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:Sis:PluginAccess", "students.*")]);
        await using var clients = ClientHarness.Create(sim);

        var error = await Assert.ThrowsAsync<PowerSchoolPluginConfigurationException>(() => clients.Sis.ReadStudentsByDcidAsync([1]));

        Assert.Contains("Schools.dcid", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.IsType<PowerSchoolAccessDeniedException>(error.InnerException);
    }

    [Fact]
    public void Enroll_status_letters_and_descriptions_are_the_ones_a_get_shows()
    {
        Assert.All(Enumerable.Range(-2, 10), code => Assert.Equal(
            (SimStatus.Letter(code), SimStatus.Description(code)), (EnrollStatusNames.Letter(code), EnrollStatusNames.Description(code))));
    }

    private static List<SimStudent> Students(SimulatorHost sim) =>
        sim.Services.GetRequiredService<DistrictStore>().Read(state => state.Students.OrderedDcids.Select(d => state.Students.Find(d)!).ToList());
}
