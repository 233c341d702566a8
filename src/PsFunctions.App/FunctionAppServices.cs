using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PsFunctions.Azure.Storage;
using PsFunctions.Hosting;
using PsFunctions.Hosting.Setup;

namespace PsFunctions.App;

/// <summary>What the Function App registers besides telemetry: the product, the app's own start-up check, and a start that never fails on configuration.</summary>
internal static class FunctionAppServices
{
    public static IServiceCollection AddFunctionApp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPsFunctions(configuration);
        services.AddOptions<FixedStorageNamesOptions>()
            .BindConfiguration(StorageConnectionOptions.ConnectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Last: a missing setting or secret is reported by /api/health and /api/status, and the timers and queues wait
        // (SetupGate), instead of a worker that cannot start and so cannot say what is wrong.
        services.StartWithIncompleteSetup();
        return services;
    }
}
