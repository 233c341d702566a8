using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using PowerSchool.Client.DependencyInjection;
using PowerSchool.Client.Enrollment;
using PowerSchool.Client.Resilience;
using PowerSchool.Client.Tests.Resilience;
using PowerSchool.Client.Sis;
using PsFunctions.Testing;

namespace PowerSchool.Client.Tests;

/// <summary>
/// The clients as a host would register them, pointed at a running simulator: configuration with the
/// simulator's credentials as local secrets, tiny retry delays, fake logging to inspect. A test may fake the
/// container's clock (<c>timeProvider</c>: token lifetimes) and, apart, the clock retries and timeouts
/// wait on (<c>retryClock</c>).
/// </summary>
internal sealed class ClientHarness : IAsyncDisposable
{
    private readonly RetryClock? _retryClock;

    private ClientHarness(ServiceProvider provider, RetryClock? retryClock)
    {
        Provider = provider;
        _retryClock = retryClock;
    }

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
        Action<IServiceCollection>? services = null,
        RetryClock? retryClock = null)
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
            // The simulator serves documents on loopback: a local run allows it explicitly.
            ["PowerSchool:Enrollment:Documents:AllowPrivateAddresses"] = "true",
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

        if (retryClock is not null)
        {
            collection.AddKeyedSingleton<TimeProvider>(PowerSchoolResiliencePipeline.ClockKey, retryClock);
        }

        collection.AddPowerSchoolSis(sis);
        collection.AddPowerSchoolEnrollment(enrollment);
        return new ClientHarness(collection.BuildServiceProvider(validateScopes: true), retryClock);
    }

    public ValueTask DisposeAsync()
    {
        // A failed test may leave a call in a retry wait, and disposing a pipeline waits for its calls on that clock.
        _retryClock?.LetTimeRun();
        return Provider.DisposeAsync();
    }
}
