using System.Text.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PsFunctions.Azure.DependencyInjection;
using PsFunctions.Local.Cli;
using PsFunctions.Local.Cycle;
using PsFunctions.Sync.ChangeFeed;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Status;
using PsFunctions.Sync.Webhooks;

namespace PsFunctions.Local.Hosting;

/// <summary>
/// Builds the local runner's host: the product as the Function App registers it (AddPsFunctions), the same
/// HTTP routes (<c>POST /api/webhooks/{source}</c>, <c>GET /api/status</c>), and, unless <c>--once</c>, the
/// same timers and queue triggers as background loops.
/// </summary>
internal static class LocalHost
{
    public static WebApplication Build(LocalArguments arguments, IReadOnlyDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        // --once needs no fixed port: it starts the routes on a free one so nothing else on the machine conflicts.
        builder.WebHost.UseUrls(arguments.Once ? "http://127.0.0.1:0" : $"http://127.0.0.1:{arguments.Port}");
        builder.Configuration.AddInMemoryCollection(Defaults(arguments));
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning).AddFilter("System.Net.Http", LogLevel.Warning).AddFilter("Azure", LogLevel.Warning);
        if (arguments.Once)
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        builder.Services.AddPsFunctions(builder.Configuration);
        builder.Services.AddOptions<QueueWorkerOptions>().BindConfiguration(QueueWorkerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<QueueWorker>();
        builder.Services.AddSingleton<OnceCycle>();
        DecorateEvents(builder.Services);
        if (!arguments.Once)
        {
            AddLoops(builder.Services, builder.Configuration);
        }

        var app = builder.Build();
        MapRoutes(app);
        return app;
    }

    private static Dictionary<string, string?> Defaults(LocalArguments arguments) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["ENROLLMENT_POLL_SCHEDULE"] = "0 */5 * * * *",
        ["SIS_CHANGES_POLL_SCHEDULE"] = "0 */10 * * * *",
        // --once drains the queues in one go: a failed message comes back after a second, not host.json's 30 s.
        [$"{QueueWorkerOptions.Section}:RetryDelay"] = arguments.Once ? "00:00:01" : null,
    };

    private static void AddLoops(IServiceCollection services, ConfigurationManager configuration)
    {
        services.AddHostedService(provider => new ScheduleLoop(
            "PollEnrollmentDeliveries", configuration["ENROLLMENT_POLL_SCHEDULE"]!,
            token => provider.GetRequiredService<DeliveryTargetPoller>().RunAllAsync(token),
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<ScheduleLoop>>()));
        services.AddHostedService(provider => new ScheduleLoop(
            "PollSisChanges", configuration["SIS_CHANGES_POLL_SCHEDULE"]!,
            async token =>
            {
                // As the Function App's PollSisChanges: expired webhook delivery ids first, then the change poll.
                await provider.GetRequiredService<DeliveryIdPurge>().PurgeAsync(token);
                await provider.GetRequiredService<SisChangeFeed>().PollAsync(token);
            },
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<ScheduleLoop>>()));
        foreach (var queue in WorkQueues.All)
        {
            services.AddHostedService(provider => new QueueLoop(
                queue, provider.GetRequiredService<QueueWorker>(),
                provider.GetRequiredService<IOptions<QueueWorkerOptions>>(), provider.GetRequiredService<TimeProvider>()));
        }
    }

    // The summary counts what is published: wrap whichever publisher AddPsFunctions chose.
    private static void DecorateEvents(IServiceCollection services)
    {
        var inner = services.Last(descriptor => descriptor.ServiceType == typeof(IEventPublisher));
        services.Remove(inner);
        services.AddSingleton(provider => new EventTally(Create(provider, inner)));
        services.AddSingleton<IEventPublisher>(provider => provider.GetRequiredService<EventTally>());
    }

    private static IEventPublisher Create(IServiceProvider provider, ServiceDescriptor descriptor) =>
        (IEventPublisher)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));

    private static void MapRoutes(WebApplication app)
    {
        app.MapPost("/api/webhooks/{source}", async (string source, HttpRequest request, WebhookReceiver receiver, CancellationToken cancellationToken) =>
        {
            var headers = request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var response = await receiver.ReceiveAsync(source, new WebhookRequest(headers, request.Body, request.ContentType), cancellationToken);
            return Results.Content(response.Body, WebhookResponse.ContentType, statusCode: response.StatusCode);
        });
        app.MapGet("/api/status", async (SyncStatusReader reader, IOptions<DeliveryTargetsOptions> targets, CancellationToken cancellationToken) =>
        {
            var status = await reader.ReadAsync(targets.Value.Ids, cancellationToken);
            return Results.Content(JsonSerializer.Serialize(status, SyncStatusJsonContext.Default.SyncStatus), "application/json; charset=utf-8");
        });
    }
}
