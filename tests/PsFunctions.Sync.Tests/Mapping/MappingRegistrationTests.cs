using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Hosting;

namespace PsFunctions.Sync.Tests.Mapping;

public sealed class MappingRegistrationTests
{
    private static ServiceProvider Build(string? folder)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Sync:MappingFolder"] = folder })
            .Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSyncEngine()
            .BuildServiceProvider();
    }

    [Fact]
    public void Mapping_folder_that_does_not_exist_is_a_configuration_error_naming_the_key()
    {
        using var services = Build(Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N")));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MappingOptions>>().Value);

        Assert.Contains("Sync:MappingFolder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loader_resolves_and_uses_the_default_mapping_without_a_folder()
    {
        await using var services = Build(null);

        var mapping = await services.GetRequiredService<StudentMappingLoader>().LoadAsync("any-target");

        Assert.Same(StudentMappingLoader.DefaultMapping, mapping);
    }
}
