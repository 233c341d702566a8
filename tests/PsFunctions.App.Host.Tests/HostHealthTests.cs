namespace PsFunctions.App.Host.Tests;

/// <summary>What a deployed app must never do under its host: fail a clean district's invocations, restart itself, or write into its package.</summary>
[Collection(HostCollection.Name)]
public sealed class HostHealthTests(HostFixture fixture)
{
    [HostFact]
    public async Task A_clean_district_s_run_logs_no_failed_invocation()
    {
        var run = await fixture.CleanRunAsync();

        Assert.Empty(HostLog.Failed(fixture.Host.Log.Take(run.LogLinesAtEnd)));
    }

    [HostFact]
    public async Task The_host_never_signals_a_restart_and_the_app_writes_nothing_in_its_content_root()
    {
        await fixture.CleanRunAsync();
        await fixture.FailingRunAsync();

        Assert.Empty(HostLog.Restarts(fixture.Host.Log));
        Assert.Equal(fixture.AppFilesAtStart, HostFixture.ListFiles(fixture.AppFolder));
    }

    [HostFact]
    public async Task No_queue_listener_reports_a_missing_queue()
    {
        await fixture.CleanRunAsync();

        Assert.DoesNotContain(fixture.Host.Log, line => line.Contains("The specified queue does not exist", StringComparison.Ordinal));
    }
}
