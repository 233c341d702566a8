using System.Net.Http.Json;
using System.Text.Json;

namespace PsFunctions.App.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class FunctionsLoadedTests(HostFixture fixture)
{
    [HostFact]
    public async Task Every_function_of_functions_metadata_is_loaded_by_the_host_without_indexing_errors()
    {
        using var client = fixture.CreateClient();

        var loaded = await client.GetFromJsonAsync<JsonElement[]>(new Uri($"admin/functions?code={FunctionsHostLauncher.Key}", UriKind.Relative));

        Assert.NotNull(loaded);
        Assert.Equal(PublishedApp.FunctionNames(fixture.AppFolder), loaded.Select(function => function.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        // A trigger whose connection setting is missing is listed, but the host reports it in error and never listens.
        Assert.DoesNotContain(fixture.Host.Log, line => line.Contains("is in error", StringComparison.Ordinal) || line.Contains("Error indexing method", StringComparison.Ordinal));
    }
}
