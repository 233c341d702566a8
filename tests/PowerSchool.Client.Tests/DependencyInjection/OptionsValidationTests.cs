using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PowerSchool.Client.DependencyInjection;
using PowerSchool.Client.Enrollment;
using PowerSchool.Client.Sis;

namespace PowerSchool.Client.Tests.DependencyInjection;

public sealed class OptionsValidationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddPowerSchoolSis();
        services.AddPowerSchoolEnrollment();
        return services.BuildServiceProvider();
    }

    [Theory]
    [InlineData("https://district.powerschool.com")]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    public void Https_and_loopback_http_base_urls_are_accepted(string url)
    {
        using var provider = Build(new() { ["PowerSchool:Sis:BaseUrl"] = url });

        Assert.Equal(new Uri(url), provider.GetRequiredService<IOptions<SisClientOptions>>().Value.BaseUrl);
    }

    [Fact]
    public void Plain_http_to_a_remote_host_is_refused_naming_the_key()
    {
        using var provider = Build(new() { ["PowerSchool:Sis:BaseUrl"] = "http://district.powerschool.com" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SisClientOptions>>().Value);

        Assert.Contains("PowerSchool:Sis:BaseUrl", error.Message, StringComparison.Ordinal);
        Assert.Contains("https", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_enrollment_base_url_is_refused_naming_the_key()
    {
        using var provider = Build([]);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<EnrollmentClientOptions>>().Value);

        Assert.Contains("PowerSchool:Enrollment:BaseUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range_resilience_settings_are_refused_naming_the_key()
    {
        using var provider = Build(new()
        {
            ["PowerSchool:Sis:BaseUrl"] = "https://district.powerschool.com",
            ["PowerSchool:Sis:Resilience:MaxRetryAttempts"] = "99",
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SisClientOptions>>().Value);

        Assert.Contains("PowerSchool:Sis:Resilience:MaxRetryAttempts", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PowerSchool:Sis:MaxConcurrency", "0")]
    [InlineData("PowerSchool:Enrollment:MaxConcurrency", "65")]
    [InlineData("PowerSchool:Enrollment:Resilience:BaseDelay", "01:00:00")]
    public void Out_of_range_settings_of_either_client_fail_at_start_naming_the_key(string key, string value)
    {
        using var provider = Build(new()
        {
            ["PowerSchool:Sis:BaseUrl"] = "https://district.powerschool.com",
            ["PowerSchool:Enrollment:BaseUrl"] = "https://secure.infosnap.com",
            [key] = value,
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_follow_the_configuration_contract()
    {
        using var provider = Build(new() { ["PowerSchool:Sis:BaseUrl"] = "https://d.powerschool.com", ["PowerSchool:Enrollment:BaseUrl"] = "https://e.example" });
        var sis = provider.GetRequiredService<IOptions<SisClientOptions>>().Value;
        var enrollment = provider.GetRequiredService<IOptions<EnrollmentClientOptions>>().Value;

        Assert.Equal(("powerschool-sis-client-id", "powerschool-sis-client-secret", 4, 100),
            (sis.ClientIdSecretName, sis.ClientSecretSecretName, sis.MaxConcurrency, sis.MaxRecordsPerPost));
        Assert.Equal("powerschool-enrollment-api-key", enrollment.ApiKeySecretName);
    }
}
