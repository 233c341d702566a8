using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using PsFunctions.Testing;

namespace PowerSchool.Simulator.Tests.Enrollment;

/// <summary>
/// A whole simulator (<see cref="SimulatorHost"/>, real HTTP on loopback) with a test clock, and clients that
/// send the Enrollment API key. Each test starts its own so state and settings never leak between tests.
/// </summary>
internal sealed class EnrollmentTestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 8, 3, 14, 0, 0, TimeSpan.Zero);

    private EnrollmentTestHost(SimulatorHost simulator, FakeTimeProvider clock)
    {
        Simulator = simulator;
        Clock = clock;
        Client = Create(simulator.EnrollmentApiKey);
    }

    public SimulatorHost Simulator { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>A client that sends the right API key.</summary>
    public HttpClient Client { get; }

    /// <summary>A client without credentials (for /_sim/ and signed document URLs).</summary>
    public HttpClient Admin => Simulator.Admin;

    public IServiceProvider Services => Simulator.Services;

    public static async Task<EnrollmentTestHost> StartAsync(params (string Key, string Value)[] settings)
    {
        var clock = new FakeTimeProvider(Start);
        var simulator = await SimulatorHost.StartAsync(
            settings.Select(setting => new KeyValuePair<string, string?>(setting.Key, setting.Value)),
            clock);
        return new EnrollmentTestHost(simulator, clock);
    }

    /// <summary>A client that authenticates with <paramref name="apiKey"/> (and the given password); null: no credentials.</summary>
    public HttpClient Create(string? apiKey, string password = "")
    {
        var client = Simulator.CreateClient();
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{apiKey}:{password}")));
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Simulator.DisposeAsync();
    }
}
