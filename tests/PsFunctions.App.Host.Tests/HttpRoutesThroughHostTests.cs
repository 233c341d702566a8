using System.Net;

namespace PsFunctions.App.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class HttpRoutesThroughHostTests(HostFixture fixture)
{
    [HostFact]
    public async Task A_signed_webhook_is_accepted_with_202_and_its_command_executed_by_the_queue_trigger()
    {
        var run = await fixture.CleanRunAsync();

        Assert.Equal(HttpStatusCode.Accepted, run.SignedWebhook);
        Assert.NotEmpty(HostLog.Executed(fixture.Host.Log.Take(run.LogLinesAtEnd), "ExecuteWebhookCommands", "Succeeded"));
    }

    [HostFact]
    public async Task A_replayed_webhook_is_refused_with_409()
    {
        var run = await fixture.CleanRunAsync();

        Assert.Equal(HttpStatusCode.Conflict, run.ReplayedWebhook);
    }

    [HostFact]
    public async Task An_unsigned_webhook_is_refused_with_401()
    {
        var run = await fixture.CleanRunAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, run.UnsignedWebhook);
    }

    [HostFact]
    public async Task The_status_route_answers_with_the_function_key_and_401_without_it()
    {
        var run = await fixture.CleanRunAsync();

        Assert.Equal(HttpStatusCode.OK, run.StatusWithKey.Status);
        Assert.Contains(HostFixture.DeliveryTargetId, run.StatusWithKey.Body, StringComparison.Ordinal);
        Assert.Contains("Service Bus topic", run.StatusWithKey.Body, StringComparison.Ordinal);
        // Core Tools does not check keys when it runs locally; the shared host (and Azure) does.
        Assert.Equal(HostFixture.Launcher.EnforcesKeys ? HttpStatusCode.Unauthorized : HttpStatusCode.OK, run.StatusWithoutKey.Status);
    }
}
