using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Enrollment;

namespace PowerSchool.Simulator.Tests.Enrollment;

/// <summary>
/// The Enrollment API alone on a free loopback port, with a test clock and a test district: for the tests that
/// move time or need a district of a known shape. Everything goes over real HTTP.
/// </summary>
internal sealed class EnrollmentTestHost : IAsyncDisposable
{
    public const string ApiKey = "test-enrollment-key";

    private readonly WebApplication _app;

    private EnrollmentTestHost(WebApplication app, FakeTimeProvider clock)
    {
        _app = app;
        Clock = clock;
        BaseAddress = new Uri(app.Urls.First());
        Client = Create(ApiKey);
    }

    public FakeTimeProvider Clock { get; }

    public Uri BaseAddress { get; }

    /// <summary>A client that sends the right API key.</summary>
    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<EnrollmentTestHost> StartAsync(params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var configuration = new Dictionary<string, string?> { ["Simulator:Enrollment:ApiKey"] = ApiKey };
        foreach (var (key, value) in settings)
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 8, 3, 14, 0, 0, TimeSpan.Zero));
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton<IDistrictDirectory, TestDistrict>();
        builder.Services.AddEnrollmentApi();
        var app = builder.Build();
        app.MapEnrollmentApi();
        await app.StartAsync();
        return new EnrollmentTestHost(app, clock);
    }

    /// <summary>A client that authenticates with <paramref name="apiKey"/> (and the given password).</summary>
    public HttpClient Create(string? apiKey, string password = "")
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
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
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
