using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PsFunctions.App;

// The Function App only wires: the product's behaviour is registered by AddPsFunctions (in AddFunctionApp) and lives in the
// sync engine; each function class binds a trigger and delegates.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

builder.Services
    .AddApplicationInsightsTelemetryWorkerService()
    .ConfigureFunctionsApplicationInsights();

// Application Insights accepts only Entra ID tokens here: the worker's Application Insights package signs its telemetry
// with APPLICATIONINSIGHTS_AUTHENTICATION_STRING (ClientId=<identity>;Authorization=AAD) itself, as the host does.

// The worker adds a Warning-only filter for Application Insights by default; host.json's levels should rule.
builder.Logging.Services.Configure<LoggerFilterOptions>(options =>
{
    var workerDefault = options.Rules.FirstOrDefault(rule =>
        rule.ProviderName == "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider");
    if (workerDefault is not null)
    {
        options.Rules.Remove(workerDefault);
    }
});

builder.Services.AddFunctionApp(builder.Configuration);

await builder.Build().RunAsync();
