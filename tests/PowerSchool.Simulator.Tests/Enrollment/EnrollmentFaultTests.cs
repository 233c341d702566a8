using System.Net;

namespace PowerSchool.Simulator.Tests.Enrollment;

public sealed class EnrollmentFaultTests
{
    [Fact]
    public async Task Faults_set_through_sim_faults_hit_api_v1_and_a_faulted_createbatch_delivers_nothing()
    {
        await using var host = await EnrollmentTestHost.StartAsync();
        await host.Simulator.SetFaultsAsync(new { serverErrorRate = 1.0, scope = "Enrollment" });

        using var faulted = await host.Client.PostAsync(new Uri(EnrollmentPaths.CreateBatch, UriKind.Relative), null);
        await host.Simulator.ClearFaultsAsync();
        var batch = await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);

        Assert.Equal(HttpStatusCode.InternalServerError, faulted.StatusCode);
        Assert.Equal(25, batch["records"]!.AsArray().Count);
        Assert.Equal(2, await host.Simulator.GetCounterAsync("POST /api/v1/deliverytargets/{targetId}/createbatch"));
    }

    [Fact]
    public async Task Sis_scoped_faults_leave_the_enrollment_api_alone()
    {
        await using var host = await EnrollmentTestHost.StartAsync();
        await host.Simulator.SetFaultsAsync(new { serverErrorRate = 1.0, scope = "Sis" });

        var targets = await host.Client.GetNodeAsync("/api/v1/deliverytargets");

        Assert.Single(targets.AsArray());
    }

    [Fact]
    public async Task Document_downloads_are_in_the_enrollment_fault_scope()
    {
        await using var host = await EnrollmentTestHost.StartAsync();
        var url = await DocumentUrlTests.DocumentUrlAsync(host, await DocumentUrlTests.FirstDocumentAsync(host));
        await host.Simulator.SetFaultsAsync(new { serviceUnavailableRate = 1.0, scope = "Enrollment" });

        using var download = await host.Admin.GetAsync(url);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, download.StatusCode);
    }
}
