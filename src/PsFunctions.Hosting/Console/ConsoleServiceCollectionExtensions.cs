using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PsFunctions.Hosting.Console;

/// <summary>Registers the operations console (<see cref="ConsoleHttp"/>) for both hosts; called by AddPsFunctions.</summary>
public static class ConsoleServiceCollectionExtensions
{
    public static IServiceCollection AddOperationsConsole(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ConsoleOptions>().Bind(configuration.GetSection(ConsoleOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddAntiforgery(options => options.HeaderName = ConsoleHttp.AntiforgeryHeader);
        services.TryAddSingleton<ConsoleAccess>();
        services.TryAddSingleton<ConsoleWorkList>();
        services.TryAddSingleton<ConsoleActions>();
        services.TryAddSingleton<ConsoleSubmissions>();
        services.TryAddSingleton<ConsoleHttp>();
        return services;
    }
}
