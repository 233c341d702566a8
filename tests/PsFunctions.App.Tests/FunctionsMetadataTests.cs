using System.Reflection;
using System.Text.Json;

namespace PsFunctions.App.Tests;

/// <summary>The build's functions.metadata is what the Functions host reads: every function, with the intended bindings.</summary>
public sealed class FunctionsMetadataTests
{
    private static readonly Lazy<JsonElement[]> Functions = new(Load);

    [Theory]
    [InlineData("PollEnrollmentDeliveries", "timerTrigger", "%ENROLLMENT_POLL_SCHEDULE%")]
    [InlineData("PollSisChanges", "timerTrigger", "%SIS_CHANGES_POLL_SCHEDULE%")]
    public void Timer_functions_read_their_schedule_from_an_app_setting(string name, string type, string schedule)
    {
        var trigger = Trigger(name);

        Assert.Equal(type, trigger.GetProperty("type").GetString());
        Assert.Equal(schedule, trigger.GetProperty("schedule").GetString());
    }

    [Fact]
    public void SweepPoisonQueues_runs_on_the_sweep_schedule_of_the_engine()
    {
        var trigger = Trigger("SweepPoisonQueues");

        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(PsFunctions.Sync.Messaging.PoisonQueueSweep.Schedule, trigger.GetProperty("schedule").GetString());
    }

    [Theory]
    [InlineData("ApplyStudentUpserts", "student-upserts")]
    [InlineData("MirrorDocuments", "document-mirror")]
    [InlineData("ExecuteWebhookCommands", "webhook-commands")]
    public void Queue_functions_listen_on_their_work_queue_through_the_PsStorage_connection(string name, string queue)
    {
        var trigger = Trigger(name);

        Assert.Equal("queueTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(queue, trigger.GetProperty("queueName").GetString());
        Assert.Equal("PsStorage", trigger.GetProperty("connection").GetString());
    }

    [Fact]
    public void ReceiveWebhook_takes_anonymous_posts_on_the_webhooks_route()
    {
        var trigger = Trigger("ReceiveWebhook");

        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("webhooks/{source}", trigger.GetProperty("route").GetString());
        Assert.Equal(["post"], trigger.GetProperty("methods").EnumerateArray().Select(method => method.GetString()));
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
    }

    [Fact]
    public void GetStatus_answers_gets_on_the_status_route_with_a_function_key()
    {
        var trigger = Trigger("GetStatus");

        Assert.Equal("status", trigger.GetProperty("route").GetString());
        Assert.Equal(["get"], trigger.GetProperty("methods").EnumerateArray().Select(method => method.GetString()));
        Assert.Equal("Function", trigger.GetProperty("authLevel").GetString());
    }

    [Fact]
    public void GetHealth_answers_anonymous_gets_on_the_health_route()
    {
        var trigger = Trigger("GetHealth");

        Assert.Equal("health", trigger.GetProperty("route").GetString());
        Assert.Equal(["get"], trigger.GetProperty("methods").EnumerateArray().Select(method => method.GetString()));
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
    }

    [Fact]
    public void OperationsConsole_takes_gets_and_posts_under_console_without_a_function_key()
    {
        var trigger = Trigger("OperationsConsole");

        // Anonymous to the Functions host: App Service sign-in and the console's role check guard it, not a key.
        Assert.Equal("console/{*path}", trigger.GetProperty("route").GetString());
        Assert.Equal(["get", "post"], trigger.GetProperty("methods").EnumerateArray().Select(method => method.GetString()));
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
    }

    [Fact]
    public void Metadata_lists_exactly_the_product_functions()
    {
        var names = Functions.Value.Select(function => function.GetProperty("name").GetString()).Order(StringComparer.Ordinal);

        Assert.Equal(
            ["ApplyStudentUpserts", "ExecuteWebhookCommands", "GetHealth", "GetStatus", "MirrorDocuments", "OperationsConsole", "PollEnrollmentDeliveries", "PollSisChanges", "ReceiveWebhook", "SweepPoisonQueues"],
            names);
    }

    private static JsonElement Trigger(string functionName)
    {
        var function = Functions.Value.Single(candidate => candidate.GetProperty("name").GetString() == functionName);
        return function.GetProperty("bindings").EnumerateArray()
            .Single(binding => binding.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
    }

    // The app's own build output: src/PsFunctions.App/bin/<configuration>/<tfm>/functions.metadata.
    private static JsonElement[] Load()
    {
        var configuration = typeof(FunctionsMetadataTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "PsFunctions.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var path = Path.Combine(root.FullName, "src", "PsFunctions.App", "bin", configuration, "net10.0", "functions.metadata");
        Assert.True(File.Exists(path), $"The app build wrote no functions.metadata at {path}.");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.EnumerateArray().Select(function => function.Clone())];
    }
}
