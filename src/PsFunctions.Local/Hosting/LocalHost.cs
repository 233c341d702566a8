using System.Text.Json;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PsFunctions.Hosting.Console;
using PsFunctions.Hosting.Http;
using PsFunctions.Hosting.Setup;
using PsFunctions.Hosting;
using PsFunctions.Hosting.Logging;
using PsFunctions.Local.Cli;
using PsFunctions.Local.Cycle;
using PsFunctions.Local.Events;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Hosting;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Status;
using PsFunctions.Sync.Webhooks;

namespace PsFunctions.Local.Hosting;

/// <summary>
/// Builds the local runner's host: the product as the Function App registers it (AddPsFunctions; events to the local
/// JSON-lines file unless Service Bus is configured), the same
/// HTTP routes (<c>POST /api/webhooks/{source}</c>, rate-limited per source, <c>GET /api/status</c> and the console, <c>/api/console</c>), and, unless <c>--once</c>, the
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
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning).AddRequestLogFilters();
        if (arguments.Once)
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        builder.Services.AddLocalEventSink(builder.Configuration);
        builder.Services.AddPsFunctions(builder.Configuration);
        builder.Services.AddRateLimiter(options => options.AddPolicy<string, WebhookRateLimitPolicy>(WebhookRateLimitPolicy.Name));
        builder.Services.TryAddSingleton(TimeProvider.System);
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
        // --once drains the queues in one go: a failed message comes back after a second, not host.json's 30 s, and a
        // message put back on an outage after one second, growing to ten.
        // The runner listens on 127.0.0.1 only; its console lets in loopback requests (no App Service sign-in here).
        [$"{ConsoleOptions.Section}:Access"] = nameof(ConsoleAccessMode.Loopback),
        [$"{WorkQueueOptions.Section}:RetryDelay"] = arguments.Once ? "00:00:01" : null,
        [$"{WorkDeferralOptions.Section}:FirstDelay"] = arguments.Once ? "00:00:01" : null,
        [$"{WorkDeferralOptions.Section}:MaxDelay"] = arguments.Once ? "00:00:10" : null,
    };

    private static void AddLoops(IServiceCollection services, ConfigurationManager configuration)
    {
        services.AddHostedService(provider => new ScheduleLoop(
            "PollEnrollmentDeliveries", configuration["ENROLLMENT_POLL_SCHEDULE"]!,
            token => provider.GetRequiredService<DeliveryTargetPoller>().RunAllAsync(token),
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<ScheduleLoop>>()));
        services.AddHostedService(provider => new ScheduleLoop(
            "PollSisChanges", configuration["SIS_CHANGES_POLL_SCHEDULE"]!,
            token => provider.GetRequiredService<SisChangesPoll>().RunAsync(token),
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<ScheduleLoop>>()));
        services.AddHostedService(provider => new ScheduleLoop(
            "SweepPoisonQueues", PoisonQueueSweep.Schedule,
            token => provider.GetRequiredService<PoisonQueueSweep>().RunAsync(token),
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<ScheduleLoop>>()));
        services.AddHostedService<QueueLoops>();
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
        // ASP.NET Core's rate limiter, per source (WebhookRateLimitPolicy): a request over its source's limit gets 429 before the receiver.
        app.UseRateLimiter();
        app.MapPost("/api/webhooks/{source}", (string source, HttpContext context, WebhookReceiver receiver, CancellationToken cancellationToken) =>
                WebhookHttp.RespondAsync(receiver, source, context, cancellationToken))
            .RequireRateLimiting(WebhookRateLimitPolicy.Name);
        app.MapGet("/api/status", (HttpContext context, StatusReport report, CancellationToken cancellationToken) =>
            StatusHttp.RespondAsync(report, context, cancellationToken));
        // The operations console, the one implementation both hosts serve; locally only loopback requests get in (Console:Access).
        app.MapMethods("/api/console/{**path}", [HttpMethods.Get, HttpMethods.Post], (string? path, HttpContext context, ConsoleHttp console, CancellationToken cancellationToken) =>
            console.RespondAsync(path, context, cancellationToken));
        app.MapGet("/api/health", (HttpContext context, HealthReader reader, CancellationToken cancellationToken) =>
            HealthHttp.RespondAsync(reader, context, cancellationToken));
    }
}
