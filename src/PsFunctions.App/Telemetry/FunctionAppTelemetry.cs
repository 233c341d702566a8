using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.ApplicationInsights;
using PsFunctions.Hosting.Logging;

namespace PsFunctions.App.Telemetry;

/// <summary>
/// The worker's Application Insights, as Program.cs wires it and the tests compose it: the SDK and the Functions
/// integration, every item through <see cref="TelemetryScrubber"/>,
/// and the worker's log levels: the Warning-only default the SDK gives Application Insights is removed (the product's
/// own logs carry ids only and belong there at Information), and the request-line categories of
/// <see cref="RequestLogFilters"/> stay at Warning for every provider, Application Insights included.
/// </summary>
internal static class FunctionAppTelemetry
{
    public static IServiceCollection AddFunctionAppTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddApplicationInsightsTelemetryWorkerService().ConfigureFunctionsApplicationInsights();
        services.AddApplicationInsightsTelemetryProcessor<TelemetryScrubber>();

        // Application Insights accepts only Entra ID tokens here: the worker's Application Insights package signs its
        // telemetry with APPLICATIONINSIGHTS_AUTHENTICATION_STRING (ClientId=<identity>;Authorization=AAD) itself.

        services.AddLogging(logging => logging.AddRequestLogFilters());
        services.Configure<LoggerFilterOptions>(ConfigureLevels);
        return services;
    }

    private static void ConfigureLevels(LoggerFilterOptions options)
    {
        var provider = typeof(ApplicationInsightsLoggerProvider).FullName;
        if (options.Rules.FirstOrDefault(rule => rule.ProviderName == provider && rule.CategoryName is null) is { } workerDefault)
        {
            options.Rules.Remove(workerDefault);
        }

        // A rule for a provider wins over rules for all providers: the request-line categories get one of their own.
        foreach (var category in RequestLogFilters.Categories)
        {
            options.Rules.Add(new LoggerFilterRule(provider, category, LogLevel.Warning, null));
        }
    }
}
