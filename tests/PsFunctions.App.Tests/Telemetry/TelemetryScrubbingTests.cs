using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AppInsightsJson = Microsoft.ApplicationInsights.Extensibility.Implementation.JsonSerializer;
using Microsoft.ApplicationInsights;
using Microsoft.ApplicationInsights.Channel;
using Microsoft.ApplicationInsights.DataContracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PowerSchool.Simulator.Enrollment;
using PsFunctions.App.Telemetry;
using PsFunctions.Azure.Storage.Queues;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Hashing;
using PsFunctions.Sync.Messaging;
using PsFunctions.Testing;

namespace PsFunctions.App.Tests.Telemetry;

/// <summary>
/// The Function App's registrations as Program.cs makes them (AddFunctionAppTelemetry, then AddFunctionApp), with an
/// in-memory telemetry channel where Application Insights would be: a real intake, upserts (SIS lookups by name,
/// birth date and state id) and document downloads (signed URLs) against the simulator, then every item that would
/// leave is searched for student values, query strings, <c>sig=</c> and <c>code=</c>.
/// </summary>
public sealed class TelemetryScrubbingTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    // Service Bus as the Function App needs it for events (it has no file fallback).
    private readonly AmqpPeer _serviceBus = new();

    private const string FunctionKey = "fn-key-3d9a7c1e";

    [Fact]
    public async Task No_telemetry_item_holds_a_student_value_a_query_a_signature_or_a_function_key()
    {
        await using var simulator = await SimulatorHost.StartAsync();
        var channel = new InMemoryTelemetryChannel();
        await using var services = Compose(simulator, channel);
        var client = services.GetRequiredService<TelemetryClient>();
        var studentValues = await CreateSubmissionsAsync(simulator, 6);

        await services.GetRequiredService<EnrollmentIntake>().RunAsync(EnrollmentOptions.DefaultDeliveryTargetId);
        var processor = services.GetRequiredService<StorageQueueProcessor>();
        await processor.DrainAsync(WorkQueues.StudentUpserts, QueueDrain.Visible);
        await processor.DrainAsync(WorkQueues.DocumentMirror, QueueDrain.Visible);
        LogAsTheWorkerWould(services.GetRequiredService<ILoggerFactory>());
        client.TrackRequest(new RequestTelemetry
        {
            Name = $"POST /api/webhooks/crm?code={FunctionKey}",
            Url = new Uri($"https://psfunctions.azurewebsites.net/api/webhooks/crm?code={FunctionKey}"),
            ResponseCode = "202",
        });
        client.Flush();

        var items = channel.Items;
        // The work really ran through the collectors: SIS and document requests were recorded, logs and exceptions too.
        Assert.True(
            items.OfType<DependencyTelemetry>().Any(item => item.Type == "Http" && item.Target.Contains("127.0.0.1", StringComparison.Ordinal)),
            "no HTTP dependency on the simulator was recorded");
        Assert.True(await simulator.GetCounterAsync("GET /api/blobs/secure-uploadeddocuments/{objectId}") > 0, "documents were downloaded");
        Assert.Single(items.OfType<RequestTelemetry>());

        var sent = Encoding.UTF8.GetString(AppInsightsJson.Serialize(items, compress: false));
        // The error that quoted a signed URL was sent, with the URL reduced to its host.
        Assert.Contains("[url of district.blob.core.windows.net]", sent, StringComparison.Ordinal);
        foreach (var forbidden in (string[])["sig=", "code=", "q=", FunctionKey, "Request starting"])
        {
            Assert.DoesNotContain(forbidden, sent, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotMatch(@"\?[A-Za-z_]+=", sent);
        // As whole words: a short first name (Eli) may stand inside an ordinary word (delivery).
        foreach (var value in studentValues)
        {
            Assert.DoesNotMatch($@"(?<![A-Za-z0-9]){System.Text.RegularExpressions.Regex.Escape(value)}(?![A-Za-z0-9])", sent);
        }
    }

    [Fact]
    public async Task Product_logs_reach_Application_Insights_at_Information_and_request_lines_do_not()
    {
        var channel = new InMemoryTelemetryChannel();
        await using var services = ComposeWithoutPeers(channel);
        var loggers = services.GetRequiredService<ILoggerFactory>();

        var product = loggers.CreateLogger("PsFunctions.Sync.Students.StudentUpsertHandler");
        TelemetryTestLog.Applied(product, "b-1");
        foreach (var category in RequestLogCategories)
        {
            var logger = loggers.CreateLogger(category);
            TelemetryTestLog.RequestStarting(logger, "GET http://127.0.0.1/ws/v1/district/student?q=name.last_name==Doe&code=k");
        }

        services.GetRequiredService<TelemetryClient>().Flush();

        var traces = channel.Items.OfType<TraceTelemetry>().ToList();
        Assert.Contains(traces, trace => trace.Message == "Batch b-1: applied");
        Assert.DoesNotContain(traces, trace => trace.Message.Contains("Request starting", StringComparison.Ordinal));
    }

    private static readonly string[] RequestLogCategories =
    [
        "System.Net.Http.HttpClient.SisClient.LogicalHandler",
        "Microsoft.AspNetCore.Hosting.Diagnostics",
        "Azure.Core",
        "Polly",
    ];

    // What else the worker logs: a request line (filtered out) and a product error that quotes a signed URL.
    private static void LogAsTheWorkerWould(ILoggerFactory loggers)
    {
        var hosting = loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics");
        TelemetryTestLog.RequestStarting(hosting, $"HTTP/1.1 POST http://127.0.0.1:7071/api/webhooks/crm?code={FunctionKey}");
        var signed = "https://district.blob.core.windows.net/secure-uploadeddocuments/birth-certificate.pdf?sv=2019-02-02&se=2026-12-02&sig=c2lnbmF0dXJl";
        var mirror = loggers.CreateLogger("PsFunctions.Sync.Documents.DocumentMirrorHandler");
        var error = new HttpRequestException($"Response status code does not indicate success: 403 ({signed})");
        TelemetryTestLog.DownloadFailed(mirror, error, signed);
    }

    public void Dispose() => _serviceBus.Dispose();

    private ServiceProvider Compose(SimulatorHost simulator, ITelemetryChannel channel)
    {
        var settings = new Dictionary<string, string?>
        {
            // The Function App refuses a prefix at start; this composition never starts a host, and the prefix keeps
            // this test's queues apart from the other App tests' fixed names in the shared Azurite.
            ["PsStorage"] = azurite.ConnectionString,
            ["PsStorage:NamePrefix"] = AzuriteFixture.UniqueName("tel"),
            ["PowerSchool:Sis:BaseUrl"] = simulator.BaseAddress.ToString(),
            ["PowerSchool:Enrollment:BaseUrl"] = simulator.BaseAddress.ToString(),
            ["Secrets:powerschool-sis-client-id"] = simulator.ClientId,
            ["Secrets:powerschool-sis-client-secret"] = simulator.ClientSecret,
            ["Secrets:powerschool-enrollment-api-key"] = simulator.EnrollmentApiKey,
            [$"Secrets:{IdentityHashKey.SecretName}"] = TestHashKey.Value,
            ["ServiceBus:ConnectionString"] = _serviceBus.ConnectionString,
            ["PowerSchool:Enrollment:Documents:AllowPrivateAddresses"] = "true",
            ["Sync:DeliveryTargets"] = EnrollmentOptions.DefaultDeliveryTargetId,
            ["Sync:DocumentItems:0"] = "data.documents.birthCertificate",
            ["Sync:DocumentItems:1"] = "data.documents.proofOfResidence",
            ["Sync:Queues:RetryDelay"] = "00:00:00",
        };
        return Compose(settings, channel, withProduct: true);
    }

    private static ServiceProvider ComposeWithoutPeers(ITelemetryChannel channel) =>
        Compose(new Dictionary<string, string?>(), channel, withProduct: false);

    // As Program.cs: the telemetry, then the product; the channel is the only thing put in before them.
    private static ServiceProvider Compose(Dictionary<string, string?> settings, ITelemetryChannel channel, bool withProduct)
    {
        settings["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=11111111-2222-3333-4444-555555555555;IngestionEndpoint=http://127.0.0.1:9/";
        settings["ApplicationInsights:ConnectionString"] = settings["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSingleton(channel);
        services.AddLogging();
        services.AddFunctionAppTelemetry(configuration);
        if (withProduct)
        {
            services.AddFunctionApp(configuration);
        }

        var provider = services.BuildServiceProvider();
        // Resolving the client builds the telemetry configuration, which starts the collectors (dependencies among them).
        provider.GetRequiredService<TelemetryClient>();
        return provider;
    }

    // Creates submissions and returns the student values they hold (names, birth dates in both forms, state ids, streets).
    private static async Task<IReadOnlyList<string>> CreateSubmissionsAsync(SimulatorHost simulator, int count)
    {
        using var response = await simulator.Admin.PostAsJsonAsync(
            "_sim/enrollment/submissions", new { count, approved = true, deliveryTargetId = EnrollmentOptions.DefaultDeliveryTargetId });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        using var document = JsonDocument.Parse(text);
        var values = new List<string>();
        foreach (var submission in document.RootElement.EnumerateArray())
        {
            var data = submission.GetProperty("data");
            var student = data.GetProperty("student");
            foreach (var field in (string[])["firstName", "lastName", "stateID"])
            {
                if (student.TryGetProperty(field, out var value) && value.GetString() is { Length: >= 3 } found)
                {
                    values.Add(found);
                }
            }

            if (student.TryGetProperty("birthDate", out var birth) && birth.GetString() is { Length: > 0 } birthText)
            {
                values.Add(birthText);
                if (DateOnly.TryParseExact(birthText, "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    values.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
            }

            if (data.TryGetProperty("address", out var address) && address.TryGetProperty("street", out var street) && street.GetString() is { Length: > 0 } streetText)
            {
                values.Add(streetText);
            }
        }

        Assert.NotEmpty(values);
        return values;
    }
}
