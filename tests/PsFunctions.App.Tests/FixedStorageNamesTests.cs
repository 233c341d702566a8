using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PsFunctions.Testing;

namespace PsFunctions.App.Tests;

/// <summary>The queue triggers listen on the plain queue names, so the Function App refuses a storage name prefix.</summary>
public sealed class FixedStorageNamesTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task The_function_app_refuses_to_start_with_a_storage_name_prefix()
    {
        await using var provider = Build(("PsStorage", azurite.ConnectionString), ("PsStorage:NamePrefix", "tests"));

        // The start-up check reports every invalid option at once (this test configures only storage).
        var error = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        var failures = error is AggregateException all ? all.InnerExceptions : [error];
        var names = Assert.Single(failures.OfType<OptionsValidationException>(), failure => failure.OptionsType == typeof(FixedStorageNamesOptions));
        Assert.Contains("PsStorage:NamePrefix must not be set for the Function App", names.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_prefix_the_storage_names_pass_the_start_up_check()
    {
        await using var provider = Build(("PsStorage", azurite.ConnectionString));

        Assert.Null(provider.GetRequiredService<IOptions<FixedStorageNamesOptions>>().Value.NamePrefix);
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
