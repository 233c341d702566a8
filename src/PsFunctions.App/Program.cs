using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using PsFunctions.App;
using PsFunctions.App.Telemetry;

// The Function App only wires: telemetry (scrubbed, AddFunctionAppTelemetry) and the product (AddFunctionApp, which calls
// AddPsFunctions); the behaviour lives in the sync engine, and each function class binds a trigger and delegates.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

builder.Services.AddFunctionAppTelemetry(builder.Configuration);
builder.Services.AddFunctionApp(builder.Configuration);

await builder.Build().RunAsync();
