using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PsFunctions.Azure.Storage;
using PsFunctions.Hosting;

namespace PsFunctions.App;

/// <summary>What the Function App registers besides telemetry: the product, and the app's own start-up check.</summary>
internal static class FunctionAppServices
{
    public static IServiceCollection AddFunctionApp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPsFunctions(configuration);
        services.AddOptions<FixedStorageNamesOptions>()
            .BindConfiguration(StorageConnectionOptions.ConnectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }
}
