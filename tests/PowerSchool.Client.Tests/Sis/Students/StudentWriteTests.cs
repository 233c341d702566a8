using System.Net;
using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Testing;

namespace PowerSchool.Client.Tests.Sis.Students;

public sealed class StudentWriteTests
{
    [Fact]
    public async Task A_batch_with_good_and_bad_records_reports_each_record()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim);
        var school = await StudentBuilder.FirstSchoolAsync(clients.Sis);
        var existing = await clients.Sis.GetStudentsAsync(new SisReadOptions { PageSize = 1 }).FirstAsync();
        var good = StudentBuilder.Insert("Okafor", "a", school.SchoolNumber!.Value, school.LowGrade!.Value);
        var bad = good.Without("name.last_name") with { ClientUid = "b" };
        var update = StudentBuilder.Update(existing.Id, new Dictionary<string, string> { ["state_province_id"] = "ST-0001" }, "c");

        var outcomes = await clients.Sis.WriteStudentsAsync([good, bad, update]);

        Assert.Equal(["a", "b", "c"], outcomes.Select(o => o.ClientUid));
        Assert.Equal([StudentWriteStatus.Succeeded, StudentWriteStatus.Failed, StudentWriteStatus.Succeeded], outcomes.Select(o => o.Status));
        Assert.NotNull(outcomes[0].Dcid);
        Assert.Equal(existing.Id, outcomes[2].Dcid);
        Assert.Contains(outcomes[1].Errors, e => e.Field?.Contains("last_name", StringComparison.Ordinal) == true);
        using var stored = await sim.Admin.GetAsync(new Uri($"_sim/sis/students/{outcomes[0].Dcid}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
    }

    [Fact]
    public async Task Records_are_posted_in_batches_of_the_configured_size()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim, o => o.MaxRecordsPerPost = 2);
        var ids = new List<long>();
        await foreach (var s in clients.Sis.GetStudentsAsync(new SisReadOptions { PageSize = 5 }))
        {
            ids.Add(s.Id);
        }

        var writes = ids.Take(5).Select(id => StudentBuilder.Update(id, new Dictionary<string, string> { ["state_province_id"] = $"S{id}" })).ToList();
        var outcomes = await clients.Sis.WriteStudentsAsync(writes);

        Assert.Equal(3, await sim.GetCounterAsync("POST /ws/v1/student"));
        Assert.Equal(ids.Take(5), outcomes.Select(o => o.Dcid!.Value));
        Assert.Equal([0, 1, 2, 3, 4], outcomes.Select(o => o.Index));
    }

    [Fact]
    public async Task Extension_values_written_with_a_student_read_back_from_its_extension_table()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim);
        var existing = await clients.Sis.GetStudentsAsync(new SisReadOptions { PageSize = 1 }).FirstAsync();
        var update = StudentBuilder.Update(existing.Id, new Dictionary<string, string> { ["name.middle_name"] = "Jo" }) with
        {
            Extensions = [new StudentExtensionWrite("u_students_extension", new Dictionary<string, string?> { ["preferredname"] = "Joey" })],
        };

        Assert.True(Assert.Single(await clients.Sis.WriteStudentsAsync([update])).Succeeded);

        var stored = await clients.Sis.GetStudentAsync(existing.Id, new SisReadOptions { Extensions = ["u_students_extension"] });
        Assert.Equal("Jo", stored!.Name!.MiddleName);
        var field = stored.ExtensionData!.Value.GetProperty("_table_extension").GetProperty("_field");
        Assert.Equal(("preferredname", "Joey"), (field.GetProperty("name").GetString(), field.GetProperty("value").GetString()));
    }

    [Fact]
    public void An_update_without_a_dcid_is_refused_naming_the_record_and_rule()
    {
        var error = Assert.Throws<ArgumentException>(() => StudentWriteMapper.Prepare([new StudentWrite { Action = StudentWriteAction.Update }]));

        Assert.Contains("students[0]", error.Message, StringComparison.Ordinal);
        Assert.Contains("Dcid is required", error.Message, StringComparison.Ordinal);
    }
}
