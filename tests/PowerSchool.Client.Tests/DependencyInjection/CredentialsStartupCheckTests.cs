using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PowerSchool.Client.DependencyInjection;
using PowerSchool.Client.Secrets;

namespace PowerSchool.Client.Tests.DependencyInjection;

public sealed class CredentialsStartupCheckTests
{
    [Fact]
    public async Task Host_start_fails_naming_a_missing_secret_but_not_its_value()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PowerSchool:Sis:BaseUrl"] = "https://district.powerschool.com",
            ["Secrets:powerschool-sis-client-id"] = "the-client-id-value",
        }).Build());
        services.AddLogging();
        services.AddPowerSchoolSis();
        await using var provider = services.BuildServiceProvider();

        var checks = provider.GetServices<IHostedService>().ToList();
        var error = await Assert.ThrowsAsync<SecretNotFoundException>(async () =>
        {
            foreach (var check in checks)
            {
                await check.StartAsync(CancellationToken.None);
            }
        });

        Assert.Equal("powerschool-sis-client-secret", error.SecretName);
        Assert.DoesNotContain("the-client-id-value", error.Message, StringComparison.Ordinal);
    }
}
