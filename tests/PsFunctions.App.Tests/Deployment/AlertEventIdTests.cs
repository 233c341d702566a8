using System.Reflection;
using Microsoft.Extensions.Logging;
using PsFunctions.Azure.DependencyInjection;
using PsFunctions.Sync.Hosting;

namespace PsFunctions.App.Tests.Deployment;

/// <summary>The alerts in infra/app/alerts.bicep query log lines by event id: a copy of the code's ids, pinned here.</summary>
public sealed class AlertEventIdTests
{
    private const string QueueLog = "PsFunctions.Azure.Storage.Queues.QueueProcessorLog";
    private const string UpsertLog = "PsFunctions.Sync.Students.StudentUpsertLog";
    private const string WebhookCommands = "PsFunctions.Sync.Webhooks.WebhookCommandHandler";

    // Each alert parameter and the log methods (type, method) whose ids it must hold, in order.
    public static TheoryData<string, string[]> Alerts => new()
    {
        { "poisonEventIds", [$"{QueueLog}.Poisoned", $"{QueueLog}.PoisonedUnhandled", $"{UpsertLog}.GivenUp", $"{WebhookCommands}.LogGivenUp"] },
        { "rejectionEventIds", [$"{UpsertLog}.Rejected", $"{UpsertLog}.RefusedBySis"] },
    };

    [Theory]
    [MemberData(nameof(Alerts))]
    public async Task Each_alert_queries_the_event_ids_of_the_log_lines_it_is_about(string parameter, string[] methods)
    {
        var alerts = await BicepCli.BuildAsync(Repository.PathOf("infra/app/alerts.bicep"));

        var queried = alerts["parameters"]![parameter]!["defaultValue"]!.AsArray().Select(id => id!.GetValue<int>());

        Assert.Equal(methods.Select(EventId), queried);
    }

    private static int EventId(string method)
    {
        var dot = method.LastIndexOf('.');
        var typeName = method[..dot];
        var assembly = (typeName.StartsWith("PsFunctions.Azure.", StringComparison.Ordinal)
            ? typeof(AzureAdaptersServiceCollectionExtensions)
            : typeof(SyncEngineServiceCollectionExtensions)).Assembly;
        return assembly.GetType(typeName, throwOnError: true)!
            .GetMethod(method[(dot + 1)..], BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!
            .GetCustomAttribute<LoggerMessageAttribute>()!.EventId;
    }
}
