using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PsFunctions.Hosting.Setup;
using PsFunctions.Testing;

namespace PsFunctions.App.Tests;

/// <summary>The queue triggers listen on the plain queue names, so the Function App refuses a storage name prefix.</summary>
public sealed class FixedStorageNamesTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task The_function_app_reports_a_storage_name_prefix_as_an_invalid_setting()
    {
        await using var provider = Build(("PsStorage", azurite.ConnectionString), ("PsStorage:NamePrefix", "tests"));

        var report = await provider.GetRequiredService<SetupCheck>().CheckAsync();

        Assert.False(report.IsConfigured);
        Assert.Contains(report.InvalidSettings, problem => problem.Contains("PsStorage:NamePrefix must not be set for the Function App", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_prefix_the_storage_names_pass_the_start_up_check()
    {
        await using var provider = Build(("PsStorage", azurite.ConnectionString));

        Assert.Null(provider.GetRequiredService<IOptions<FixedStorageNamesOptions>>().Value.NamePrefix);
        Assert.DoesNotContain((await provider.GetRequiredService<SetupCheck>().CheckAsync()).InvalidSettings, problem => problem.Contains("NamePrefix", StringComparison.Ordinal));
    }

    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value)))
            .Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddFunctionApp(configuration)
            .BuildServiceProvider();
    }
}
