using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PsFunctions.Hosting.Setup;

namespace PsFunctions.App.Tests.Deployment;

/// <summary>What the Function App reports missing when it starts with no configuration at all: the list the deployment must fill.</summary>
internal static class EmptyConfiguration
{
    public static async Task<SetupReport> ReportAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([]).Build();
        await using var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddFunctionApp(configuration)
            .BuildServiceProvider();
        return await provider.GetRequiredService<SetupCheck>().CheckAsync();
    }
}
