using PsFunctions.Testing;

namespace PowerSchool.Client.Tests.Sis.PowerQueries;

public sealed class PowerQueryTests
{
    [Fact]
    public async Task A_403_becomes_access_denied_with_ready_to_paste_plugin_xml()
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:Sis:PluginAccess", "students.*,guardian.*")]);
        await using var clients = ClientHarness.Create(sim);

        var error = await Assert.ThrowsAsync<PowerSchoolAccessDeniedException>(async () =>
        {
            await foreach (var _ in clients.Sis.RunPowerQueryAsync("com.pearson.core.guardian.student_guardian_detail"))
            {
            }
        });

        // PowerSchool's NoAccess names the table as it spells it (GuardianStudent); table names are case-insensitive in plugin.xml.
        Assert.Contains("<field table=\"GuardianStudent\" field=\"relationship\" access=\"ViewOnly\" />", error.PluginXml, StringComparison.Ordinal);
        Assert.Contains("GuardianStudent.relationship", error.Message, StringComparison.Ordinal);
        Assert.Contains("disable and enable the plugin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_arguments_become_a_validation_error()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim);

        var error = await Assert.ThrowsAsync<PowerQueryValidationException>(async () =>
        {
            await foreach (var _ in clients.Sis.RunPowerQueryAsync("com.pearson.core.teachers.sectionEnrollments"))
            {
            }
        });

        Assert.Contains(error.Errors, e => e.Field == "section_dcid" && e.Code == "missing_field");
    }

    [Fact]
    public async Task A_query_is_paged_and_returns_every_row_once()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim);

        var ids = new List<string?>();
        await foreach (var row in clients.Sis.RunPowerQueryAsync("com.pearson.core.student.student_dcid_id_map", new() { PageSize = 40 }))
        {
            ids.Add(row.Get("students.dcid") ?? row.Get("dcid"));
        }

        Assert.Equal(SimulatorHost.DefaultStudents, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.DoesNotContain(null, ids);
    }
}
