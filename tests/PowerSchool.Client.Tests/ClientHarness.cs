using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using PowerSchool.Client.DependencyInjection;
using PowerSchool.Client.Enrollment;
using PowerSchool.Client.Sis;
using PsFunctions.Testing;

namespace PowerSchool.Client.Tests;

/// <summary>
/// The clients as a host would register them, pointed at a running simulator: configuration with the
/// simulator's credentials as local secrets, tiny retry delays, fake logging to inspect.
/// </summary>
internal sealed class ClientHarness : IAsyncDisposable
{
    private ClientHarness(ServiceProvider provider) => Provider = provider;

    public ServiceProvider Provider { get; }

    public ISisClient Sis => Provider.GetRequiredService<ISisClient>();

    public IEnrollmentClient Enrollment => Provider.GetRequiredService<IEnrollmentClient>();

    public FakeLogCollector Logs => Provider.GetFakeLogCollector();

    public static ClientHarness Create(
        SimulatorHost sim,
        Action<SisClientOptions>? sis = null,
        Action<EnrollmentClientOptions>? enrollment = null,
        TimeProvider? timeProvider = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["PowerSchool:Sis:BaseUrl"] = sim.BaseAddress.ToString(),
            ["PowerSchool:Enrollment:BaseUrl"] = sim.BaseAddress.ToString(),
            ["Secrets:powerschool-sis-client-id"] = sim.ClientId,
            ["Secrets:powerschool-sis-client-secret"] = sim.ClientSecret,
            ["Secrets:powerschool-enrollment-api-key"] = sim.EnrollmentApiKey,
            ["PowerSchool:Sis:Resilience:BaseDelay"] = "00:00:00.005",
            ["PowerSchool:Enrollment:Resilience:BaseDelay"] = "00:00:00.005",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var collection = new ServiceCollection();
        services?.Invoke(collection);
        collection.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        collection.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Trace));
        if (timeProvider is not null)
        {
            collection.AddSingleton(timeProvider);
        }

        collection.AddPowerSchoolSis(sis);
        collection.AddPowerSchoolEnrollment(enrollment);
        return new ClientHarness(collection.BuildServiceProvider(validateScopes: true));
    }

    public ValueTask DisposeAsync() => Provider.DisposeAsync();
}
