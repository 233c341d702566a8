using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using PowerSchool.Simulator.Hosting;

namespace PsFunctions.Testing;

/// <summary>
/// The PowerSchool simulator running in this test process on real Kestrel at a free loopback port.
/// Knows the credentials it accepts (it passes them in), exposes its services, and talks to its
/// `/_sim/` admin API. Dispose it to stop it.
/// </summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    public const string DefaultClientId = "sim-test-client";
    public const string DefaultClientSecret = "sim-test-secret";
    public const string DefaultEnrollmentApiKey = "sim-test-enrollment-key";

    /// <summary>Students generated unless the settings say otherwise (small, so tests start fast).</summary>
    public const int DefaultStudents = 300;

    private readonly WebApplication _app;

    private SimulatorHost(WebApplication app, Uri baseAddress, IReadOnlyDictionary<string, string?> settings)
    {
        _app = app;
        BaseAddress = baseAddress;
        ClientId = settings["Simulator:Sis:ClientId"]!;
        ClientSecret = settings["Simulator:Sis:ClientSecret"]!;
        EnrollmentApiKey = settings["Simulator:Enrollment:ApiKey"]!;
        Admin = new HttpClient { BaseAddress = baseAddress };
    }

    /// <summary>Root of the simulator, e.g. <c>http://127.0.0.1:41234/</c>: the SIS base URL and the Enrollment host root.</summary>
    public Uri BaseAddress { get; }

    public string ClientId { get; }

    public string ClientSecret { get; }

    public string EnrollmentApiKey { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>An HTTP client on <see cref="BaseAddress"/> for the `/_sim/` admin API (and raw calls).</summary>
    public HttpClient Admin { get; }

    /// <summary>
    /// Starts a simulator. <paramref name="settings"/> add to or override the defaults (for example
    /// <c>Simulator:District:Students</c>, <c>Simulator:Faults:LatencyMs</c>); <paramref name="timeProvider"/>
    /// replaces the clock (token expiry, data versions, throttle).
    /// </summary>
    public static async Task<SimulatorHost> StartAsync(
        IEnumerable<KeyValuePair<string, string?>>? settings = null,
        TimeProvider? timeProvider = null,
        CancellationToken cancellationToken = default)
    {
        var merged = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Simulator:Sis:ClientId"] = DefaultClientId,
            ["Simulator:Sis:ClientSecret"] = DefaultClientSecret,
            ["Simulator:Enrollment:ApiKey"] = DefaultEnrollmentApiKey,
            ["Simulator:District:Students"] = DefaultStudents.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? [])
        {
            merged[key] = value;
        }

        var app = SimulatorApp.Build(["--urls", "http://127.0.0.1:0"], merged, services =>
        {
            if (timeProvider is not null)
            {
                services.AddSingleton(timeProvider);
            }
        });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new SimulatorHost(app, new Uri(address.TrimEnd('/') + "/"), merged);
    }

    /// <summary>A client whose base address is the simulator root (caller disposes it).</summary>
    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>Gets an access token with the simulator's client credentials.</summary>
    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "oauth/access_token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}")));
        using var response = await Admin.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        return body.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>A client on <see cref="BaseAddress"/> that already carries a bearer token (caller disposes it).</summary>
    public async Task<HttpClient> CreateAuthorizedClientAsync(CancellationToken cancellationToken = default)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await GetAccessTokenAsync(cancellationToken).ConfigureAwait(false));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>Replaces the faults in force (<c>PUT /_sim/faults</c>); pass an anonymous object with the fault setting names.</summary>
    public async Task SetFaultsAsync(object faults, CancellationToken cancellationToken = default)
    {
        using var response = await Admin.PutAsJsonAsync("_sim/faults", faults, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Clears every fault (<c>DELETE /_sim/faults</c>).</summary>
    public async Task ClearFaultsAsync(CancellationToken cancellationToken = default)
    {
        using var response = await Admin.DeleteAsync(new Uri("_sim/faults", UriKind.Relative), cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Returns the district, faults and counters to their start (<c>POST /_sim/reset</c>).</summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        using var response = await Admin.PostAsync(new Uri("_sim/reset", UriKind.Relative), null, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Requests received per endpoint (<c>GET /_sim/counters</c>), e.g. <c>["POST /ws/v1/student"] = 3</c>.</summary>
    public async Task<IReadOnlyDictionary<string, long>> GetCountersAsync(CancellationToken cancellationToken = default)
    {
        var body = await Admin.GetFromJsonAsync<CountersBody>("_sim/counters", cancellationToken).ConfigureAwait(false);
        return body?.Counters ?? new Dictionary<string, long>();
    }

    /// <summary>Requests received by one endpoint (0 when none).</summary>
    public async Task<long> GetCounterAsync(string endpoint, CancellationToken cancellationToken = default) =>
        (await GetCountersAsync(cancellationToken).ConfigureAwait(false)).GetValueOrDefault(endpoint);

    /// <summary>Requests the simulator's per-plugin throttle (<c>MinRequestIntervalMs</c>) refused, all endpoints together.</summary>
    public async Task<long> GetThrottledAsync(CancellationToken cancellationToken = default)
    {
        var body = await Admin.GetFromJsonAsync<CountersBody>("_sim/counters", cancellationToken).ConfigureAwait(false);
        return body?.Throttled?.Values.Sum() ?? 0;
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private sealed record CountersBody(Dictionary<string, long> Counters, Dictionary<string, long>? Throttled);
}
